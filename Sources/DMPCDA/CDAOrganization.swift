/// An organisation named in the header: its identifiers and its name.
public struct CDAOrganization: Sendable, Hashable, Codable {
    /// The organisation's `id` elements that carry a `root`, in document order.
    public let ids: [CDAInstanceIdentifier]
    /// The first `name`, with surrounding white space removed, when present.
    public let name: String?

    /// Creates an organisation.
    public init(ids: [CDAInstanceIdentifier], name: String? = nil) {
        self.ids = ids
        self.name = name
    }
}
