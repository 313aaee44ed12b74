import Foundation

extension CodeSystems {
    /// LOINC, the main source of typeCodes (spec §4.5).
    public static let loinc = CodeSystem(
        oid: "2.16.840.1.113883.6.1", uri: "http://loinc.org", name: "LOINC")
    /// HL7 v3 Confidentiality (NOS TRE_A08): N / R / V. OID and URI are HL7's own; the
    /// spec names the system without giving them.
    public static let hl7Confidentiality = CodeSystem(
        oid: "2.16.840.1.113883.5.25",
        uri: "http://terminology.hl7.org/CodeSystem/v3-Confidentiality",
        name: "TRE_A08-HL7Confidentiality")
    /// SNOMED CT, which the PDSM4DMP examples use for facility and practice setting;
    /// HL7's OID and URI, not from the spec.
    public static let snomedCT = CodeSystem(
        oid: "2.16.840.1.113883.6.96", uri: "http://snomed.info/sct", name: "SNOMED CT")
    /// TRE_A03-ClasseDocument, the classCode system (spec §4.4).
    public static let classeDocument = nos(
        oid: "1.2.250.1.213.1.1.4.1", key: "TRE_A03", name: "ClasseDocument")
    /// TRE_A05-TypeDocComplementaire, the non-LOINC typeCodes such as `REMB` (spec §4.5).
    public static let typeDocComplementaire = nos(
        oid: "1.2.250.1.213.1.1.4.12", key: "TRE_A05", name: "TypeDocComplementaire")
    /// TRE_A06-FormatCodeComplementaire, the `urn:asip:ci-sis:*` format codes. The spec
    /// gives no OID; this one is quoted by the PDSm DocumentReference profile.
    public static let formatCodeComplementaire = nos(
        oid: "1.2.250.1.213.1.1.4.2.282", key: "TRE_A06", name: "FormatCodeComplementaire")
    /// TRE_A07-StatutVisibiliteDocument, the DMP visibility flags (spec §4.9).
    public static let statutVisibilite = nos(
        oid: "1.2.250.1.213.1.1.4.13", key: "TRE_A07", name: "StatutVisibiliteDocument")
    /// TRE_A00-ProducteurDocNonPS: `EXP_PATIENT`, `SNR` (spec §4.7).
    public static let producteurDocNonPS = nos(
        oid: "1.2.250.1.213.1.1.4.6", key: "TRE_A00", name: "ProducteurDocNonPS")
    /// TRE_A01-CadreExercice, the practiceSettingCode system. The spec gives no OID; this
    /// one is quoted by the PDSm DocumentReference profile.
    public static let cadreExercice = nos(
        oid: "1.2.250.1.213.1.1.4.9", key: "TRE_A01", name: "CadreExercice")
    /// TRE_R02-SecteurActivite, the `SAxx` sectors (spec §4.7).
    public static let secteurActivite = nos(
        oid: "1.2.250.1.71.4.2.4", key: "TRE_R02", name: "SecteurActivite")
    /// TRE_A09-DICOMuidRegistry (KOS format code). OID from the PDSm profile.
    public static let dicomUIDRegistry = nos(
        oid: "1.2.840.10008.2.6.1", key: "TRE_A09", name: "DICOMuidRegistry")
    /// TRE_A10-NomenclatureURN, whose NOS identifier is the literal `URN` rather than an OID.
    public static let nomenclatureURN = nos(oid: "URN", key: "TRE_A10", name: "NomenclatureURN")
    /// TRE_A11-IheFormatCode, IHE format codes such as `urn:ihe:iti:xds-sd:pdf:2008`.
    /// OID (IHE's) from the PDSm profile.
    public static let iheFormatCode = nos(
        oid: "1.3.6.1.4.1.19376.1.2.3", key: "TRE_A11", name: "IheFormatCode")
    /// TRE_A12-NomenclatureASTM (`E1762` Full Document), identified by the literal `ASTM`
    /// in NOS and in the J07 SVS file.
    public static let nomenclatureASTM = nos(oid: "ASTM", key: "TRE_A12", name: "NomenclatureASTM")
    /// TRE_G15-ProfessionSante (spec §2.2).
    public static let professionSante = nos(
        oid: "1.2.250.1.71.1.2.7", key: "TRE_G15", name: "ProfessionSante")
    /// TRE_R248-ModeAcces: `normal`, `bris_de_glace`, `centre_15` (spec §3.4).
    public static let modeAcces = nos(
        oid: "1.2.250.1.213.1.1.4.336", key: "TRE_R248", name: "ModeAcces")
    /// TRE_R269 (Approved / Deprecated). OID from the NOS CodeSystem, not in the spec.
    public static let availabilityStatusOasis = nos(
        oid: "1.2.250.1.213.1.1.4.341", key: "TRE_R269", name: "AvailabilityStatusProvenanceOasis")
    /// TRE_R270 (Archived / Deleted). OID from the NOS CodeSystem, not in the spec.
    public static let availabilityStatusCISIS = nos(
        oid: "1.2.250.1.213.1.1.4.342", key: "TRE_R270", name: "AvailabilityStatus")
    /// TRE_R209-TypeActivite (contentTypeCode). OID from the NOS CodeSystem, not in the spec.
    public static let typeActivite = nos(
        oid: "1.2.250.1.213.2.2", key: "TRE_R209", name: "TypeActivite")
    /// TRE_R276-FormeActivite (contentTypeCode). OID from the NOS CodeSystem, not in the spec.
    public static let formeActivite = nos(
        oid: "1.2.250.1.213.1.6.1.128", key: "TRE_R276", name: "FormeActivite")
    /// CCAM, for eventCodeList acts (spec §4.3). No FHIR URI is given anywhere we read.
    public static let ccam = CodeSystem(oid: "1.2.250.1.213.2.5", uri: nil, name: "CCAM")
    /// CIM-10, for eventCodeList diagnoses (spec §4.3). No FHIR URI is given anywhere we read.
    public static let cim10 = CodeSystem(oid: "2.16.840.1.113883.6.3", uri: nil, name: "CIM-10")

    /// NOS systems all follow one URI pattern; building it avoids a typo-prone literal per system.
    private static func nos(oid: String, key: String, name: String) -> CodeSystem {
        let dashed = key.replacingOccurrences(of: "_", with: "-")
        return CodeSystem(
            oid: oid,
            uri: "https://mos.esante.gouv.fr/NOS/\(key)-\(name)/FHIR/\(dashed)-\(name)",
            name: "\(key)-\(name)")
    }
}
