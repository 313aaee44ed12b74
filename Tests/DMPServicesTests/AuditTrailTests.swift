import DMPDomain
import DMPServices
@testable import DMPStorage
import DMPTestSupport
import Foundation
import SQLKit
import Testing

/// Every action is traced, allowed or refused; the holder reads the history; `verify`
/// catches changed, removed and reordered rows.
@Suite("Audit trail")
struct AuditTrailTests {
    private var key: PatientKey { PatientKey(Fixtures.patient) }

    /// A record with a few traced events: create, publish, search, a refused delete.
    private func seed(_ dmp: TestDMP) async throws {
        let published = try await dmp.services.publish(Fixtures.submission([Fixtures.pdfDocument()]), actor: Fixtures.gp)
        try await dmp.authorise(Fixtures.gp)
        _ = try await dmp.services.searchDocuments(DocumentQuery(patientKey: key, statuses: [.approved]), actor: Fixtures.gp)
        _ = try? await dmp.services.changeStatus(key, .entryUUID(published.documents[0].entry.entryUUID), to: .deleted, actor: Fixtures.nurse)
    }

    /// Runs raw SQL on the test database (tampering as an intruder would).
    private func tamper(_ dmp: TestDMP, _ statements: [SQLQueryString]) async throws {
        try await dmp.store.transaction { tx in
            for sql in statements { try await tx.db.raw(sql).run() }
        }
    }

    @Test("each action and refusal is one row, readable by the holder with paging and groups", arguments: TestDatabase.all)
    func history(database: TestDatabase) async throws {
        try await TestDMP.with(database) { dmp in
            try await seed(dmp)
            let page = try await dmp.services.auditHistory(AuditHistoryQuery(patientKey: key, limit: 2), actor: .holder(key))
            #expect(page.total == 5, "create, publish, authorisation, search, refused delete (this read is traced after it)")
            #expect(page.events.count == 2)
            #expect(page.events[0].action == .documentDelete && page.events[0].outcome == .refused)
            #expect(page.events[0].actor.id == Fixtures.nurseIDNPS)
            let documents = try await dmp.services.auditHistory(AuditHistoryQuery(patientKey: key, group: "MEDICAL_DOCUMENT"), actor: .holder(key))
            #expect(documents.events.allSatisfy { $0.action.group == "MEDICAL_DOCUMENT" })
            let error = await #expect(throws: DMPError.self) {
                try await dmp.services.auditHistory(AuditHistoryQuery(patientKey: self.key), actor: Fixtures.gp)
            }
            #expect(error?.code.category == .forbidden)
        }
    }

    @Test("an untouched trail verifies", arguments: TestDatabase.all)
    func intact(database: TestDatabase) async throws {
        try await TestDMP.with(database) { dmp in
            try await seed(dmp)
            let report = try await dmp.services.verifyAuditTrail()
            #expect(report.isIntact, "\(report.problems)")
            #expect(report.patients == 1 && report.rows >= 4)
        }
    }

    static let tamperings: [(String, [SQLQueryString])] = [
        ("changed field", ["UPDATE dmp_audit_events SET actor_name = 'Quelqu''un d''autre' WHERE sequence = 2"]),
        ("changed outcome", ["UPDATE dmp_audit_events SET outcome = 'success' WHERE outcome = 'refused'"]),
        ("removed middle row", ["DELETE FROM dmp_audit_events WHERE sequence = 2"]),
        ("removed newest row", ["DELETE FROM dmp_audit_events WHERE sequence = (SELECT MAX(sequence) FROM dmp_audit_events)"]),
        ("reordered rows", [
            "UPDATE dmp_audit_events SET sequence = -2 WHERE sequence = 2",
            "UPDATE dmp_audit_events SET sequence = 2 WHERE sequence = 3",
            "UPDATE dmp_audit_events SET sequence = 3 WHERE sequence = -2",
        ]),
        ("time moved", ["UPDATE dmp_audit_events SET time = time - 86400000 WHERE sequence = 1"]),
    ]

    @Test("verify catches every kind of tampering", arguments: TestDatabase.all, tamperings.indices)
    func tampered(database: TestDatabase, index: Int) async throws {
        let (name, sql) = Self.tamperings[index]
        try await TestDMP.with(database) { dmp in
            try await seed(dmp)
            try await tamper(dmp, sql)
            let report = try await dmp.services.verifyAuditTrail()
            #expect(!report.isIntact, "\(name) went unnoticed")
            #expect(report.problems.allSatisfy { !$0.description.contains(Fixtures.patient.matricule) }, "reports never show the INS")
        }
    }
}
