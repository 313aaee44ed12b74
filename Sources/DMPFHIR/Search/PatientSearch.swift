/// A Patient search by INS (PDSM4DMP TD0.2: `GET [base]/Patient?identifier=<system>|<INS>`;
/// no entry means no DMP, `active` says whether it is open).
public struct PatientSearch: Sendable, Hashable {
    /// The INS searched.
    public var ins: INSIdentifier

    /// Reads the parameters: `identifier` (required, once), `_format`; anything else is refused.
    public init(parameters: [SearchParameter]) throws(FHIRError) {
        var found: INSIdentifier?
        for parameter in parameters {
            switch parameter.name {
            case "identifier":
                guard found == nil, SearchValueSyntax.alternatives(parameter.value).count == 1 else {
                    throw .searchParameter("identifier", "identifier: one INS per search.")
                }
                found = try PatientReferenceParser.ins(token: parameter.value, at: "identifier")
            case "_format":
                guard ["json", "application/json", "application/fhir+json"].contains(parameter.value) else {
                    throw .unknownSearchParameter("_format", "_format: only JSON is served.")
                }
            default:
                throw .unknownSearchParameter(parameter.name)
            }
        }
        guard let found else {
            throw .searchParameter("identifier", "identifier is required: urn:oid:<INS authority OID>|<INS>.")
        }
        ins = found
    }
}
