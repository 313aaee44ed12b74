import Logging
import PostgresKit
import PostgresNIO
import SQLKit

/// PostgreSQL engine: a pooled `PostgresClient` whose `run()` loop lives as long as the store.
final class PostgresExecutor: SQLExecutor {
    let kind = DatabaseKind.postgres
    private let client: PostgresClient
    private let runner: Task<Void, Never>
    private let logger: Logger

    init(location: PostgresLocation, logger: Logger, maximumConnections: Int = 16) {
        var configuration = PostgresClient.Configuration(
            host: location.host, port: location.port, username: location.username,
            password: location.password, database: location.database, tls: .disable)
        configuration.options.maximumConnections = maximumConnections
        let client = PostgresClient(configuration: configuration, backgroundLogger: logger)
        self.client = client
        self.logger = logger
        self.runner = Task { await client.run() }
    }

    /// Begins, commits and rolls back itself rather than through `PostgresClient.withTransaction`,
    /// which wraps the body's error: callers must see the business error the body threw.
    func withTransaction<T: Sendable>(_ body: @Sendable (any SQLDatabase) async throws -> T) async throws -> T {
        try await client.withConnection { connection in
            let db = connection.sql(queryLogLevel: nil)
            try await db.raw("BEGIN").run()
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
        runner.cancel()
        await runner.value
    }
}
