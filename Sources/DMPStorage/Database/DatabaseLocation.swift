import Foundation

/// Where the registry's database is: an SQLite file, or a PostgreSQL URL
/// (`postgres://user:password@host:port/database`).
public enum DatabaseLocation: Sendable, Hashable {
    /// An SQLite database file.
    case sqlite(path: String)
    /// A PostgreSQL server.
    case postgres(PostgresLocation)

    /// Reads a `DMP_DATABASE_URL`-style string: `postgres://` / `postgresql://` URLs, or
    /// `sqlite:<path>` / `sqlite://<path>`.
    public init(url: String) throws(StorageError) {
        if url.hasPrefix("postgres://") || url.hasPrefix("postgresql://") {
            self = .postgres(try PostgresLocation(url: url))
        } else if url.hasPrefix("sqlite://") {
            self = .sqlite(path: String(url.dropFirst("sqlite://".count)))
        } else if url.hasPrefix("sqlite:") {
            self = .sqlite(path: String(url.dropFirst("sqlite:".count)))
        } else {
            throw StorageError.configuration("Unsupported database URL scheme; use postgres://… or sqlite:<path>.")
        }
    }

    /// Which engine this location uses.
    public var kind: DatabaseKind {
        switch self {
        case .sqlite: .sqlite
        case .postgres: .postgres
        }
    }
}

/// Connection parameters of a PostgreSQL server.
public struct PostgresLocation: Sendable, Hashable {
    /// Host name or address.
    public var host: String
    /// TCP port.
    public var port: Int
    /// User name.
    public var username: String
    /// Password, if any.
    public var password: String?
    /// Database name.
    public var database: String

    /// Creates a location.
    public init(host: String, port: Int = 5432, username: String, password: String?, database: String) {
        self.host = host
        self.port = port
        self.username = username
        self.password = password
        self.database = database
    }

    /// Parses `postgres://user:password@host:port/database`.
    public init(url: String) throws(StorageError) {
        guard let components = URLComponents(string: url), let host = components.host, !host.isEmpty else {
            throw StorageError.configuration("The PostgreSQL URL is not valid (expected postgres://user:password@host:port/database).")
        }
        let database = components.path.trimmingCharacters(in: CharacterSet(charactersIn: "/"))
        guard !database.isEmpty else {
            throw StorageError.configuration("The PostgreSQL URL names no database.")
        }
        self.init(
            host: host, port: components.port ?? 5432, username: components.user ?? "postgres",
            password: components.password, database: database)
    }
}
