import DMPDomain
import DMPStorage
import DMPTestSupport
import Foundation
import Logging
import Testing

@Suite("Migrations")
struct MigrationTests {
    @Test("migrations apply once, and a second run applies nothing", arguments: TestDatabase.all)
    func idempotent(database: TestDatabase) async throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("dmp-migrate-\(UUID().uuidString)")
        let (location, drop) = try await database.makeLocation(in: directory)
        let store = try await SQLRecordStore.open(location, logger: Logger(label: "test"))
        do {
            #expect(try await store.migrate() == ["0001-initial-schema", "0002-routes", "0003-identifier-routes", "0004-settings-and-outbox"])
            #expect(try await store.migrate() == [])
            let key = PatientKey(rawValue: "1.2.250.1.213.1.4.10|279035121518989")
            let counts = try await store.transaction { tx in try await tx.rowCounts(key) }
            #expect(counts.values.allSatisfy { $0 == 0 } && counts.count == 12, "every patient-scoped table is counted")
        } catch {
            await store.shutdown()
            await drop()
            throw error
        }
        await store.shutdown()
        await drop()
        try? FileManager.default.removeItem(at: directory)
    }
}
