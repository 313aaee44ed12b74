import DMPDomain
import Logging
import SQLKit

/// The registry store: one SQL implementation over SQLite and PostgreSQL.
///
/// Use cases run in `transaction`, one transaction each; everything they read and write
/// goes through the `RecordTransaction` they receive, so the action and its audit row
/// commit or roll back together.
public final class SQLRecordStore: Sendable {
    private let executor: any SQLExecutor

    /// The engine in use.
    public var kind: DatabaseKind { executor.kind }

    private init(executor: any SQLExecutor) {
        self.executor = executor
    }

    /// Connects to `location`. Call `migrate()` before use.
    public static func open(_ location: DatabaseLocation, logger: Logger) async throws -> SQLRecordStore {
        switch location {
        case .sqlite(let path):
            return SQLRecordStore(executor: try await SQLiteExecutor.open(path: path, logger: logger))
        case .postgres(let postgres):
            return SQLRecordStore(executor: PostgresExecutor(location: postgres, logger: logger))
        }
    }

    /// Applies pending migrations; returns the names applied.
    @discardableResult
    public func migrate() async throws -> [String] {
        try await Migrator(executor: executor).migrate()
    }

    /// Runs `body` as one transaction.
    @discardableResult
    public func transaction<T: Sendable>(_ body: @Sendable (RecordTransaction) async throws -> T) async throws -> T {
        let kind = executor.kind
        return try await executor.withTransaction { db in
            try await body(RecordTransaction(db: db, kind: kind))
        }
    }

    /// Closes the connections.
    public func shutdown() async {
        await executor.shutdown()
    }
}

/// The operations of one transaction. Every patient-scoped statement filters on the
/// patient key it is given.
public struct RecordTransaction: Sendable {
    let db: any SQLDatabase
    let kind: DatabaseKind

    /// Serialises writers of one patient until the transaction ends. SQLite already holds
    /// the database write lock (`BEGIN IMMEDIATE`); PostgreSQL takes an advisory lock on the
    /// key's hash, re-entrant within the transaction.
    public func lockPatient(_ key: PatientKey) async throws {
        guard kind == .postgres else { return }
        try await db.raw("SELECT pg_advisory_xact_lock(hashtextextended(\(bind: key.rawValue), 0))").run()
    }
}
