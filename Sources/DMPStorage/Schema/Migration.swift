/// One named, append-only schema change. A shipped migration is never edited: a change
/// to the schema is a new migration appended to `Migrations.all`.
struct Migration: Sendable {
    /// Unique, ordered name (`0001-initial-schema`).
    let name: String
    /// Statements to run, in order, for the given engine.
    let statements: @Sendable (DatabaseKind) -> [String]
    /// Work SQL cannot do alone (e.g. values computed in Swift), run after the statements in
    /// the same transaction.
    let backfill: (@Sendable (RecordTransaction) async throws -> Void)?

    init(
        name: String, statements: @escaping @Sendable (DatabaseKind) -> [String],
        backfill: (@Sendable (RecordTransaction) async throws -> Void)? = nil
    ) {
        self.name = name
        self.statements = statements
        self.backfill = backfill
    }
}
