import DMPDomain
import DMPServer
import Foundation
import Testing

@Suite("Command-line texts and exit codes")
struct CommandTextTests {
    @Test("A missing record prints \"no DMP\"; a closed one its state, dates and reason")
    func recordStatus() throws {
        #expect(RecordStatusText.describe(nil) == "no DMP")
        let key = PatientKey(DemoPatientKeys.first)
        let created = Date(timeIntervalSince1970: 1_700_000_000)
        let record = try Record.created(key: key, at: created, traits: nil)
            .closed(reason: "déménagement", at: created.addingTimeInterval(86_400), retention: .legal)
        #expect(RecordStatusText.describe(record) == """
            state: closed
            created: 2023-11-14T22:13:20Z
            closed: 2023-11-15T22:13:20Z
            retention until: 2033-11-15T22:13:20Z
            closure reason: déménagement
            """)
    }

    @Test("DMP refusals exit with 2 and print their message; other errors exit with 1")
    func failures() {
        let refusal = DMPError(.recordClosed, "The DMP is closed.")
        #expect(CommandFailure.exitCode(for: refusal) == 2)
        #expect(CommandFailure.message(for: refusal) == "error: The DMP is closed.")
        #expect(CommandFailure.exitCode(for: ImportPathError(path: "x")) == 1)
        #expect(CommandFailure.message(for: ImportPathError(path: "x")) == "error: No such file or folder: x")
    }
}

/// A valid INS to key records in tests that do not need a store.
enum DemoPatientKeys {
    static let first: INS = {
        guard let ins = try? INS(matricule: "278057511504250", authorityOID: INSAuthority.demo.oid) else {
            preconditionFailure("fixture INS is invalid")
        }
        return ins
    }()
}
