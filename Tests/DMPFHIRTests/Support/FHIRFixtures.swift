import DMPDomain
import DMPFHIR
import Foundation

/// Values the FHIR tests build on.
enum FHIRFixtures {
    static let context = FHIRServerContext(
        baseURL: "https://dmp.test/fhir/",
        custodian: Author.Institution(name: "DMP", id: "1180293100", idSystem: StructureIdentifier.oid))

    static let loinc = CodeSystems.loinc.oid
    static let ins = try! INS(matricule: "279035121518989", authorityOID: INSAuthority.test.oid)
    static let key = PatientKey(ins)

    static func coding(_ code: String, _ system: CodeSystem, _ display: String? = nil) -> Coding {
        Coding(code: code, system: system.oid, display: display)
    }

    /// Metadata using every element of spec §4.3, in the canonical forms the mapping keeps.
    static func fullMetadata(content: Data = Data("%PDF-1.4 test".utf8)) -> DocumentMetadata {
        let cx = "\(ins.matricule)^^^&\(ins.authority.oid)&ISO^NH"
        return DocumentMetadata(
            uniqueId: "1.2.250.1.999.1.2.3",
            classCode: coding("10", CodeSystems.classeDocument, "Compte rendu"),
            typeCode: coding("11488-4", CodeSystems.loinc, "CR de consultation"),
            formatCode: coding("urn:ihe:iti:xds-sd:pdf:2008", CodeSystems.iheFormatCode, "PDF"),
            healthcareFacilityTypeCode: coding("SA07", CodeSystems.secteurActivite, "Cabinet individuel"),
            practiceSettingCode: coding("AMBULATOIRE", CodeSystems.cadreExercice),
            confidentialityCodes: [ConfidentialityCode.normal, ConfidentialityCode.maskedToProfessionals],
            authors: [
                Author(
                    person: Author.Person(id: "801234567897", idSystem: IDNPS.oid, family: "MARTIN", given: "Jean Pierre"),
                    institution: Author.Institution(name: "Cabinet du Parc", id: "1750000018", idSystem: StructureIdentifier.oid),
                    roles: [Coding(code: "ATTPHYS", system: "2.16.840.1.113883.5.88", display: "Médecin traitant")],
                    specialties: [Coding(code: "G15_10/SM26", system: "1.2.250.1.213.1.1.4.5", display: "Médecine générale")]),
                Author(person: Author.Person(id: "899700367917", idSystem: IDNPS.oid, family: "DURAND", given: nil)),
                Author(person: nil, institution: Author.Institution(name: "Laboratoire", id: "3750000018", idSystem: StructureIdentifier.oid)),
            ],
            legalAuthenticator: Author(
                person: Author.Person(id: "801234567897", idSystem: IDNPS.oid, family: "MARTIN", given: "Jean Pierre")),
            creationTime: Instant.at("2024-11-20T10:30:00+01:00"),
            serviceStartTime: Instant.at("2024-11-20T09:00:00+01:00"),
            serviceStopTime: Instant.at("2024-11-20T10:00:00.250+01:00"),
            title: "CR consultation", comments: "Consultation de suivi", languageCode: "fr-FR", mimeType: "application/pdf",
            hash: Digest.sha1Hex(content), size: Int64(content.count), sourcePatientId: cx,
            sourcePatientInfo: ["PID-3|\(cx)", "PID-3|12345^^^&1.2.250.1.999.7&ISO^PI", "PID-5|DUPONT^Marie", "PID-7|19790305", "PID-8|F"],
            eventCodes: [Coding(code: "YYYY010", system: CodeSystems.ccam.oid, display: "Acte")],
            referenceIds: [ReferenceID(value: "ACC-42^^^&1.2.250.1.999.8&ISO^urn:ihe:iti:xds:2013:accession", type: "urn:ihe:iti:xds:2013:accession")])
    }

    static func entry(
        _ metadata: DocumentMetadata = fullMetadata(), status: AvailabilityStatus = .approved, version: Int = 1,
        replaces: EntryUUID? = nil
    ) -> DocumentEntry {
        DocumentEntry(
            entryUUID: EntryUUID(rawValue: "6f1c2a4e-1111-4e1f-9a3b-2c3d4e5f6a7b"),
            logicalId: LogicalID(rawValue: "0b7e1c9a-2222-4c4d-8e8f-9a0b1c2d3e4f"), version: version, patientKey: key,
            status: status, metadata: metadata, submissionSetUUID: EntryUUID(rawValue: "9d8c7b6a-3333-4f5e-8d7c-6b5a4f3e2d1c"),
            registeredAt: Instant.at("2024-11-21T08:00:00Z"), replaces: replaces, blobSHA256: "00", isCurrent: true)
    }
}
