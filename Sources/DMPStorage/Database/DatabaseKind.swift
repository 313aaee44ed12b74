/// The two SQL engines the store runs on. Queries are shared; the few differences
/// (locking, upserts, column types) branch on this.
public enum DatabaseKind: String, Sendable {
    /// Embedded default: one file under the data directory.
    case sqlite
    /// Production: a PostgreSQL server.
    case postgres
}
