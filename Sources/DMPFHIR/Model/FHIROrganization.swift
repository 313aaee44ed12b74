/// FHIR R4 `Organization`: an author's structure, an authenticating structure, the custodian.
public struct FHIROrganization: Codable, Hashable, Sendable, FHIRResourceContent {
    /// `Organization`.
    public static let resourceType = "Organization"

    /// Logical id.
    public var id: String?
    /// Meta.
    public var meta: FHIRMeta?
    /// StructIdNat, FINESS…
    public var identifier: [FHIRIdentifier]?
    /// Name.
    public var name: String?

    /// Creates an Organization.
    public init(id: String? = nil, identifier: [FHIRIdentifier]? = nil, name: String? = nil) {
        self.id = id
        self.identifier = identifier
        self.name = name
    }
}
