import DMPStorage
import Testing

@Suite("Database URLs")
struct DatabaseLocationTests {
    @Test("PostgreSQL URLs give host, port, user, password and database")
    func postgres() throws {
        let location = try DatabaseLocation(url: "postgres://dmp:s3cret@db.local:6543/registry")
        #expect(location == .postgres(PostgresLocation(host: "db.local", port: 6543, username: "dmp", password: "s3cret", database: "registry")))
        #expect(try DatabaseLocation(url: "postgresql://u@h/d").kind == .postgres)
    }

    @Test("SQLite paths", arguments: ["sqlite:/tmp/x.sqlite", "sqlite:///tmp/x.sqlite"])
    func sqlite(url: String) throws {
        guard case .sqlite(let path) = try DatabaseLocation(url: url) else { Issue.record("not sqlite"); return }
        #expect(path.hasSuffix("/tmp/x.sqlite"))
    }

    @Test("unusable URLs are refused with a clear error", arguments: ["mysql://x/y", "postgres://", "postgres://host", "x"])
    func refused(url: String) {
        #expect(throws: StorageError.self) { try DatabaseLocation(url: url) }
    }
}
