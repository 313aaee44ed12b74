/// A person who acts for the holder: a legal representative of a minor (spec §3.2, §5.3).
public struct LegalRepresentative: Hashable, Sendable, Codable {
    /// Stable identifier, matched against `Actor.id` of a `legalRepresentative` actor.
    public let id: String
    /// Name as shown in the holder's history.
    public var displayName: String
    /// Kind of delegation; only ``DelegationKind/legalRepresentation`` gives access.
    public var kind: DelegationKind

    /// Creates a representative.
    public init(id: String, displayName: String, kind: DelegationKind = .legalRepresentation) {
        self.id = id
        self.displayName = displayName
        self.kind = kind
    }
}
