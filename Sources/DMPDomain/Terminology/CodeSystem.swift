/// A code system as both XDS (OID) and FHIR (canonical URI) name it.
public struct CodeSystem: Hashable, Sendable, Codable {
    /// The OID used in XDS `codingScheme` and CDA `codeSystem`. For the two NOS systems
    /// identified by a literal instead of an OID this is that literal (`URN`, `ASTM`).
    public let oid: String
    /// The FHIR `Coding.system`, or nil where no canonical URI is known.
    public let uri: String?
    /// The usual name, e.g. `TRE_A03-ClasseDocument`.
    public let name: String

    /// Creates a code-system description.
    public init(oid: String, uri: String?, name: String) {
        self.oid = oid
        self.uri = uri
        self.name = name
    }
}
