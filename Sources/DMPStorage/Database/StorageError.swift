/// Failures of the storage layer itself (not business refusals, which are `DMPError`).
public enum StorageError: Error, Sendable, CustomStringConvertible, Equatable {
    /// The configuration cannot be used.
    case configuration(String)
    /// Stored data could not be read back (a corrupted row, or a schema from the future).
    case corruptRow(table: String, detail: String)
    /// A blob that metadata refers to is missing or altered.
    case blobMissing(sha256: String)
    /// The blob on disk does not hash to its address.
    case blobCorrupt(sha256: String)

    public var description: String {
        switch self {
        case .configuration(let message): "Storage configuration: \(message)"
        case .corruptRow(let table, let detail): "Unreadable row in \(table): \(detail)"
        case .blobMissing(let sha): "Document bytes \(sha.prefix(12))… are missing from the blob store."
        case .blobCorrupt(let sha): "Document bytes \(sha.prefix(12))… do not match their hash."
        }
    }
}
