import DMPTestSupport
import DMPDomain
import DMPServices
import DMPStorage
import Foundation
import Testing

/// Folders (classeurs): created by a submission, extended by a later one as a new version.
@Suite("Folders")
struct FolderTests {
    static let code = Coding(code: "SA07", system: "1.2.250.1.71.4.2.4")

    @Test("a folder groups documents and a later submission adds to it in a new version", arguments: TestDatabase.all)
    func folderVersions(database: TestDatabase) async throws {
        try await TestDMP.with(database) { dmp in
            let first = Fixtures.pdfDocument("one")
            var submission = Fixtures.submission([first])
            let folderId = OIDs.fromUUID()
            submission.folders = [FolderSubmission(uniqueId: folderId, title: "Suivi diabète", codes: [Self.code], documentUniqueIds: [first.metadata.uniqueId])]
            let created = try await dmp.services.publish(submission, actor: Fixtures.gp)
            let v1 = try #require(created.folders.first)
            #expect(v1.version == 1 && v1.memberLogicalIds == [created.documents[0].entry.logicalId])
            #expect(created.submissionSet.folderEntryUUIDs == [v1.entryUUID])

            let second = Fixtures.pdfDocument("two")
            var next = Fixtures.submission([second])
            next.folders = [FolderSubmission(uniqueId: folderId, title: "Suivi diabète", codes: [], documentUniqueIds: [second.metadata.uniqueId])]
            let extended = try await dmp.services.publish(next, actor: Fixtures.gp)
            let v2 = try #require(extended.folders.first)
            #expect(v2.version == 2 && v2.logicalId == v1.logicalId && v2.entryUUID != v1.entryUUID)
            #expect(v2.memberLogicalIds == [created.documents[0].entry.logicalId, extended.documents[0].entry.logicalId])
            #expect(v2.codes == [Self.code], "codes are kept when the update gives none")
            let current = try await dmp.store.transaction { tx in try await tx.currentFolders(PatientKey(Fixtures.patient)) }
            #expect(current.map(\.entryUUID) == [v2.entryUUID])
        }
    }

    @Test("a new folder needs a title and a code", arguments: TestDatabase.all)
    func folderNeedsCode(database: TestDatabase) async throws {
        try await TestDMP.with(database) { (dmp: TestDMP) async throws in
            let document = Fixtures.pdfDocument()
            var submission = Fixtures.submission([document])
            submission.folders = [FolderSubmission(uniqueId: OIDs.fromUUID(), title: "X", codes: [], documentUniqueIds: [document.metadata.uniqueId])]
            let refused = submission
            let error = await #expect(throws: DMPError.self) { try await dmp.services.publish(refused, actor: Fixtures.gp) }
            #expect(error?.code == .invalidMetadata)
            #expect(error?.element == "folder")
            #expect(try await dmp.registryRows(Fixtures.patient) == 0)
        }
    }
}
