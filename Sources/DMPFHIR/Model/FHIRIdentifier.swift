/// FHIR `Identifier`.
public struct FHIRIdentifier: Codable, Hashable, Sendable {
    /// `usual`, `official`, `temp`, `secondary`, `old`.
    public var use: String?
    /// Kind of identifier (fr-core-cs-v2-0203 codes such as `INS-NIR`, `IDNPS`).
    public var type: FHIRCodeableConcept?
    /// Namespace URI (`urn:oid:…`, `urn:ietf:rfc:3986`).
    public var system: String?
    /// The value.
    public var value: String?

    /// Creates an identifier.
    public init(use: String? = nil, type: FHIRCodeableConcept? = nil, system: String? = nil, value: String? = nil) {
        self.use = use
        self.type = type
        self.system = system
        self.value = value
    }
}
