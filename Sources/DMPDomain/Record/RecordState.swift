/// Where a person's record stands.
public struct RecordState: Hashable, Sendable, Codable, CustomStringConvertible {
    /// The stored code.
    public let rawValue: String
    /// Wraps a stored code.
    public init(rawValue: String) { self.rawValue = rawValue }

    /// Open: accepts documents and shows them to whoever may see them.
    public static let active = RecordState(rawValue: "active")
    /// Closed by its holder: accepts nothing, shows nothing, kept until retention ends.
    public static let closed = RecordState(rawValue: "closed")
    /// The person opposed the record: none may be created. Data of a record that existed
    /// before the opposition are kept until retention ends, as for a closed record.
    public static let opposed = RecordState(rawValue: "opposed")
    /// Retention ended and the data were removed; only a tombstone is left.
    public static let purged = RecordState(rawValue: "purged")

    public var description: String { rawValue }
}
