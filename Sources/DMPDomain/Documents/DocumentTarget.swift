/// How a caller names an existing document.
public enum DocumentTarget: Sendable, Hashable, CustomStringConvertible {
    /// A registry entryUUID (any metadata version of the document).
    case entryUUID(EntryUUID)
    /// The producer's uniqueId.
    case uniqueId(String)
    /// The registry logicalId.
    case logicalId(LogicalID)

    public var description: String {
        switch self {
        case .entryUUID(let id): "entryUUID \(id)"
        case .uniqueId(let id): "uniqueId \(id)"
        case .logicalId(let id): "logicalId \(id)"
        }
    }
}
