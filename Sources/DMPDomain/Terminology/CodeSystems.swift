/// The code systems the DMP metadata uses, with their OID ↔ URI correspondence.
///
/// Kept in code rather than in the JSON resources because policy and mapping code refer
/// to these systems by name; value-set files only carry OIDs. Where the functional spec
/// does not give an identifier, the member's documentation says where it comes from.
public struct CodeSystems: Sendable {
    private init() {}

    /// Every system below, in a stable order.
    public static let all: [CodeSystem] = [
        loinc, hl7Confidentiality, snomedCT, classeDocument, typeDocComplementaire,
        formatCodeComplementaire, statutVisibilite, producteurDocNonPS, cadreExercice,
        secteurActivite, dicomUIDRegistry, nomenclatureURN, iheFormatCode, nomenclatureASTM,
        professionSante, modeAcces, availabilityStatusOasis, availabilityStatusCISIS,
        typeActivite, formeActivite, ccam, cim10,
    ]

    /// The FHIR canonical URI of the system with this OID, or nil if none is known
    /// (a FHIR adapter may then fall back to `urn:oid:<oid>`).
    public static func uri(forOID oid: String) -> String? {
        byOID[oid]?.uri
    }

    /// The OID of the system named by a FHIR URI. Accepts the canonical URI, the aliases
    /// seen in published examples, and the `urn:oid:` form of any OID.
    public static func oid(forURI uri: String) -> String? {
        if let oid = oidByURI[uri] { return oid }
        let prefix = "urn:oid:"
        guard uri.hasPrefix(prefix), uri.count > prefix.count else { return nil }
        return String(uri.dropFirst(prefix.count))
    }

    /// The known system with this OID, if any.
    public static func codeSystem(forOID oid: String) -> CodeSystem? {
        byOID[oid]
    }

    private static let byOID: [String: CodeSystem] = Dictionary(
        all.map { ($0.oid, $0) }, uniquingKeysWith: { first, _ in first })

    /// Canonical URIs plus aliases. The aliases are spellings found in ANS/IHE examples;
    /// accepting them on input costs nothing and avoids rejecting those producers.
    private static let oidByURI: [String: String] = {
        var table: [String: String] = [:]
        for system in all {
            if let uri = system.uri { table[uri] = system.oid }
        }
        // PDSm 3.1.1 examples spell TRE_A07 "StatusVisibiliteDocument".
        table["https://mos.esante.gouv.fr/NOS/TRE_A07-StatusVisibiliteDocument/FHIR/TRE-A07-StatusVisibiliteDocument"] = statutVisibilite.oid
        // PDSM4DMP examples use IHE's own FHIR code system for format codes.
        table["http://ihe.net/fhir/ihe.formatcode.fhir/CodeSystem/formatcode"] = iheFormatCode.oid
        return table
    }()
}
