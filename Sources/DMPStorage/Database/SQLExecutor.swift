import SQLKit

/// Runs transactions on one engine. The store above it is engine-agnostic.
protocol SQLExecutor: Sendable {
    /// The engine.
    var kind: DatabaseKind { get }
    /// Runs `body` in one transaction: committed if it returns, rolled back if it throws.
    func withTransaction<T: Sendable>(_ body: @Sendable (any SQLDatabase) async throws -> T) async throws -> T
    /// Closes connections.
    func shutdown() async
}
