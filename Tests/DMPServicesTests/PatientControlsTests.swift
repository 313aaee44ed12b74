import DMPDomain
import DMPServices
import DMPStorage
import DMPTestSupport
import Foundation
import Testing

/// Patient controls not covered by the access scenarios: care teams, export, who may change
/// settings, and the trace each change leaves.
@Suite("Patient controls")
struct PatientControlsTests {
    private var key: PatientKey { PatientKey(Fixtures.patient) }
    private var holder: Actor { .holder(key) }
    private var query: DocumentQuery { DocumentQuery(patientKey: key, statuses: [.approved]) }

    @Test("a care-team declaration lets the structure's professionals consult, until it ends", arguments: TestDatabase.all)
    func careTeam(database: TestDatabase) async throws {
        try await TestDMP.with(database) { dmp in
            _ = try await dmp.services.publish(Fixtures.submission([Fixtures.pdfDocument()]), actor: Fixtures.gp)
            await #expect(throws: DMPError.self) { try await dmp.services.searchDocuments(self.query, actor: Fixtures.nurse) }
            let structure = try StructureIdentifier(try #require(Fixtures.nurse.structureId))
            try await dmp.services.declareCareTeam(key, structure: structure, structureName: "Cabinet du Parc", actor: .system("desk"))
            #expect(try await dmp.services.searchDocuments(query, actor: Fixtures.nurse).total == 1)
            try await dmp.services.endCareTeam(key, structure: structure, actor: .system("desk"))
            await #expect(throws: DMPError.self) { try await dmp.services.searchDocuments(self.query, actor: Fixtures.nurse) }
        }
    }

    @Test("professionals cannot change the holder's settings; each change is traced", arguments: TestDatabase.all)
    func settingsBelongToTheHolder(database: TestDatabase) async throws {
        try await TestDMP.with(database) { dmp in
            try await dmp.services.createRecord(Fixtures.patient, actor: .system("desk"))
            let error = await #expect(throws: DMPError.self) {
                try await dmp.services.blockProfessional(self.key, try IDNPS(Fixtures.nurseIDNPS), actor: Fixtures.gp)
            }
            #expect(error?.code.category == .forbidden)
            try await dmp.services.setEmergencyConsent(key, .breakTheGlass, to: .deny, actor: holder)
            let history = try await dmp.services.auditHistory(AuditHistoryQuery(patientKey: key), actor: holder)
            #expect(history.events.contains { $0.action == .settingsChange && $0.outcome == .success && $0.target == "emergency BTG deny" })
            #expect(history.events.contains { $0.action == .settingsChange && $0.outcome == .refused && $0.actor.id == Fixtures.gpIDNPS })
        }
    }

    @Test("export gives the holder every version, list and trace, and nothing hidden from the holder", arguments: TestDatabase.all)
    func export(database: TestDatabase) async throws {
        try await TestDMP.with(database) { dmp in
            let published = try await dmp.services.publish(
                Fixtures.submission([
                    Fixtures.pdfDocument("visible"),
                    Fixtures.pdfDocument("announce", confidentiality: [ConfidentialityCode.normal, ConfidentialityCode.invisibleToPatient]),
                ]), actor: Fixtures.gp)
            try await dmp.authorise(Fixtures.gp)
            let visible = published.documents[0].entry
            try await dmp.services.changeStatus(key, .entryUUID(visible.entryUUID), to: .archived, actor: Fixtures.gp)
            let (export, files) = try await dmp.services.exportRecord(key, actor: holder)
            #expect(export.documents.map(\.logicalId).allSatisfy { $0 == visible.logicalId }, "the INVISIBLE_PATIENT document is left out")
            #expect(export.documents.map(\.version) == [1, 2], "every metadata version")
            #expect(files.count == 1 && FileManager.default.fileExists(atPath: files[visible.blobSHA256]!.path))
            #expect(export.submissionSets.count == 1 && export.submissionSets[0].memberEntryUUIDs == [visible.entryUUID])
            #expect(!export.history.isEmpty)
            let data = try JSONEncoder().encode(export)
            #expect(!String(decoding: data, as: UTF8.self).contains("announce"))
            await #expect(throws: DMPError.self) { try await dmp.services.exportRecord(self.key, actor: Fixtures.gp) }
        }
    }
}
