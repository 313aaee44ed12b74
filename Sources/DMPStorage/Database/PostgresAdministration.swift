import Logging
import NIOPosix
import PostgresNIO

/// Creation and removal of whole databases on a PostgreSQL server, for operators and for
/// the test suites (each test gets a database of its own).
public enum PostgresAdministration {
    /// Creates `name` on the server of `location` (connecting to `location.database`).
    public static func createDatabase(_ name: String, server location: PostgresLocation, logger: Logger) async throws {
        try await run("CREATE DATABASE \(try quoted(name))", server: location, logger: logger)
    }

    /// Drops `name` if it exists, disconnecting its sessions.
    public static func dropDatabase(_ name: String, server location: PostgresLocation, logger: Logger) async throws {
        try await run("DROP DATABASE IF EXISTS \(try quoted(name)) WITH (FORCE)", server: location, logger: logger)
    }

    private static func run(_ statement: String, server location: PostgresLocation, logger: Logger) async throws {
        let configuration = PostgresConnection.Configuration(
            host: location.host, port: location.port, username: location.username, password: location.password,
            database: location.database, tls: .disable)
        let connection = try await PostgresConnection.connect(
            on: MultiThreadedEventLoopGroup.singleton.any(), configuration: configuration, id: 1, logger: logger)
        do {
            try await connection.query(PostgresQuery(unsafeSQL: statement), logger: logger)
            try await connection.close()
        } catch {
            try? await connection.close()
            throw error
        }
    }

    /// Database names are identifiers, which cannot be bound: only plain names are allowed.
    private static func quoted(_ name: String) throws(StorageError) -> String {
        guard !name.isEmpty, name.count <= 63, name.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "_") }) else {
            throw StorageError.configuration("Database names may only contain letters, digits and underscores.")
        }
        return "\"\(name)\""
    }
}
