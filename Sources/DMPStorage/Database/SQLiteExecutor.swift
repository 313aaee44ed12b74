import Foundation
import Logging
import SQLiteKit
import SQLKit

/// SQLite engine: one connection, transactions serialised by a FIFO lock.
///
/// SQLite allows one writer at a time anyway; a single connection avoids `SQLITE_BUSY`
/// between our own transactions, and `BEGIN IMMEDIATE` with a busy timeout covers another
/// process (the CLI while the server runs) touching the same file.
final class SQLiteExecutor: SQLExecutor {
    let kind = DatabaseKind.sqlite
    private let connection: SQLiteConnection
    private let lock = AsyncSerialLock()

    private init(connection: SQLiteConnection) {
        self.connection = connection
    }

    /// Opens (creating if needed) the database file at `path`.
    static func open(path: String, logger: Logger) async throws -> SQLiteExecutor {
        let directory = URL(fileURLWithPath: path).deletingLastPathComponent()
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        let connection = try await SQLiteConnection.open(storage: .file(path: path), logger: logger).get()
        let db = connection.sql(queryLogLevel: nil)
        // WAL lets readers proceed during a write; synchronous=FULL because a national
        // record must not lose an acknowledged document on power loss.
        for pragma in ["PRAGMA journal_mode=WAL", "PRAGMA synchronous=FULL", "PRAGMA busy_timeout=10000", "PRAGMA foreign_keys=ON"] {
            try await db.raw(SQLQueryString(pragma)).run()
        }
        return SQLiteExecutor(connection: connection)
    }

    func withTransaction<T: Sendable>(_ body: @Sendable (any SQLDatabase) async throws -> T) async throws -> T {
        let db = connection.sql(queryLogLevel: nil)
        return try await lock.withLock {
            try await db.raw("BEGIN IMMEDIATE").run()
            do {
                let result = try await body(db)
                try await db.raw("COMMIT").run()
                return result
            } catch {
                try? await db.raw("ROLLBACK").run()
                throw error
            }
        }
    }

    func shutdown() async {
        try? await connection.close().get()
    }
}
