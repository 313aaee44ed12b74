import DMPDomain
import DMPStorage
import DMPTestSupport
import Foundation
import Logging
import Testing

@Suite("Audit chain")
struct AuditChainTests {
    let key = PatientKey(rawValue: "1.2.250.1.213.1.4.10|279035121518989")

    func event(_ n: Int, outcome: AuditEvent.Outcome = .success) -> AuditEvent {
        AuditEvent(
            patientKey: key, time: Date(timeIntervalSince1970: 1_700_000_000 + Double(n) + 0.0004),
            actor: Actor(kind: .professional, id: "801234567897", displayName: "Dr A", accessMode: .breakTheGlass, accessReason: "coma"),
            action: .documentRead, target: "doc-\(n)", outcome: outcome, reason: n % 2 == 0 ? nil : "x")
    }

    @Test("rows chain by hash and verify after a round trip through the database", arguments: TestDatabase.all)
    func chain(database: TestDatabase) async throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("dmp-audit-\(UUID().uuidString)")
        let (location, drop) = try await database.makeLocation(in: directory)
        let store = try await SQLRecordStore.open(location, logger: Logger(label: "test"))
        defer { try? FileManager.default.removeItem(at: directory) }
        do {
            try await store.migrate()
            for n in 1...5 {
                try await store.transaction { tx in try await tx.appendAudit(self.event(n, outcome: n == 3 ? .refused : .success)) }
            }
            let rows = try await store.transaction { tx in try await tx.auditEvents(self.key) }
            #expect(rows.map(\.sequence) == [Int64](1...5))
            #expect(rows.allSatisfy { $0.isIntact })
            #expect(rows.first?.previousHash == ChainedAuditEvent.genesisHash)
            let links = zip(rows, rows.dropFirst()).map { $0.hash == $1.previousHash }
            #expect(links.allSatisfy { $0 })
            #expect(rows[0].event.actor.accessMode == .breakTheGlass && rows[0].event.actor.accessReason == "coma")
            #expect(rows[2].event.outcome == .refused)
        } catch {
            await store.shutdown(); await drop(); throw error
        }
        await store.shutdown(); await drop()
    }

    @Test("a changed field breaks the row's hash")
    func tamperDetection() {
        let row = ChainedAuditEvent(event: event(1), after: nil)
        #expect(row.isIntact)
        let altered = AuditEvent(
            patientKey: key, time: row.event.time, actor: row.event.actor, action: row.event.action,
            target: "doc-other", outcome: row.event.outcome, reason: row.event.reason)
        #expect(!ChainedAuditEvent(sequence: row.sequence, event: altered, previousHash: row.previousHash, hash: row.hash).isIntact)
    }
}
