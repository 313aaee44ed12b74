/// Availability status of a registry entry (JDV_J52), with the transitions the DMP allows
/// (spec §4.10): replacement deprecates, archiving is reversible, deletion is logical and final.
public struct AvailabilityStatus: Hashable, Sendable, Codable, CustomStringConvertible {
    /// The XDS status URN.
    public let urn: String
    /// Short stored name.
    public let name: String

    private init(urn: String, name: String) {
        self.urn = urn
        self.name = name
    }

    /// Current version (TRE_R269).
    public static let approved = AvailabilityStatus(urn: "urn:oasis:names:tc:ebxml-regrep:StatusType:Approved", name: "approved")
    /// Replaced by a newer version (TRE_R269).
    public static let deprecated = AvailabilityStatus(urn: "urn:oasis:names:tc:ebxml-regrep:StatusType:Deprecated", name: "deprecated")
    /// Archived and still current (TRE_R270).
    public static let archived = AvailabilityStatus(urn: "urn:asip:ci-sis:2010:StatusType:Archived", name: "archived")
    /// Deleted by its author: hidden everywhere, never physically removed before retention ends (TRE_R270).
    public static let deleted = AvailabilityStatus(urn: "urn:asip:ci-sis:2010:StatusType:Deleted", name: "deleted")
    /// All statuses.
    public static let all: [AvailabilityStatus] = [.approved, .deprecated, .archived, .deleted]

    /// Looks a status up by stored name or URN.
    public init?(nameOrURN value: String) {
        guard let found = Self.all.first(where: { $0.name == value || $0.urn == value }) else { return nil }
        self = found
    }

    /// Whether the registry allows going from this status to `next`.
    public func allowsTransition(to next: AvailabilityStatus) -> Bool {
        switch (self, next) {
        case (.approved, .deprecated), (.approved, .archived), (.approved, .deleted),
             (.archived, .approved), (.archived, .deleted), (.archived, .deprecated):
            return true
        default:
            return false
        }
    }

    /// Throws `forbiddenTransition` when the registry does not allow going to `next`.
    public func checkTransition(to next: AvailabilityStatus) throws(DMPError) {
        guard allowsTransition(to: next) else {
            throw DMPError(.forbiddenTransition, "A document cannot go from \(name) to \(next.name).", element: "availabilityStatus")
        }
    }

    public var description: String { name }
}
