import Foundation
import SQLKit

/// Applies pending migrations, each in its own transaction with its bookkeeping row, so a
/// failed migration leaves the schema as it was.
struct Migrator {
    let executor: any SQLExecutor

    /// Applies what is pending and returns the names applied.
    func migrate() async throws -> [String] {
        let kind = executor.kind
        try await executor.withTransaction { db in
            try await db.raw("""
                CREATE TABLE IF NOT EXISTS dmp_schema_migrations (
                    name TEXT PRIMARY KEY,
                    applied_at BIGINT NOT NULL
                )
                """).run()
        }
        var applied: [String] = []
        for migration in Migrations.all {
            let didApply = try await executor.withTransaction { db in
                if kind == .postgres {
                    // Two servers starting together must not both run the same migration.
                    try await db.raw("SELECT pg_advisory_xact_lock(7411001)").run()
                }
                let done = try await db.raw(
                    "SELECT name FROM dmp_schema_migrations WHERE name = \(bind: migration.name)"
                ).first()
                guard done == nil else { return false }
                for statement in migration.statements(kind) {
                    try await db.raw(SQLQueryString(statement)).run()
                }
                try await migration.backfill?(RecordTransaction(db: db, kind: kind))
                try await db.raw(
                    "INSERT INTO dmp_schema_migrations (name, applied_at) VALUES (\(bind: migration.name), \(bind: Timestamp.millis(Date())))"
                ).run()
                return true
            }
            if didApply { applied.append(migration.name) }
        }
        return applied
    }
}
