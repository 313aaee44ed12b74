/// FHIR R4 `Practitioner`: an author person.
public struct FHIRPractitioner: Codable, Hashable, Sendable, FHIRResourceContent {
    /// `Practitioner`.
    public static let resourceType = "Practitioner"

    /// Logical id (a contained id such as `author-1`).
    public var id: String?
    /// Meta.
    public var meta: FHIRMeta?
    /// IDNPS, RPPS…
    public var identifier: [FHIRIdentifier]?
    /// Names.
    public var name: [FHIRHumanName]?

    /// Creates a Practitioner.
    public init(id: String? = nil, identifier: [FHIRIdentifier]? = nil, name: [FHIRHumanName]? = nil) {
        self.id = id
        self.identifier = identifier
        self.name = name
    }
}
