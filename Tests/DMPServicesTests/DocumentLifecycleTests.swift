import DMPTestSupport
import DMPDomain
import DMPServices
import DMPStorage
import Foundation
import Testing

/// Replacement, archiving, deletion and confidentiality changes: identifiers, versions and
/// the allowed status transitions (spec §4.2, §4.10, §4.11).
@Suite("Document statuses, versions and replacement")
struct DocumentLifecycleTests {
    /// Publishes one document by the GP, who is authorised to consult.
    private func publishOne(_ dmp: TestDMP, _ document: DocumentSubmission = Fixtures.pdfDocument()) async throws -> DocumentEntry {
        let entry = try await dmp.services.publish(Fixtures.submission([document]), actor: Fixtures.gp).documents[0].entry
        try await dmp.authorise(Fixtures.gp)
        return entry
    }

    private var key: PatientKey { PatientKey(Fixtures.patient) }

    @Test("a replacement approves the new document and deprecates the old one atomically", arguments: TestDatabase.all)
    func replacement(database: TestDatabase) async throws {
        try await TestDMP.with(database) { dmp in
            let old = try await publishOne(dmp)
            let result = try await dmp.services.publish(
                Fixtures.submission([Fixtures.pdfDocument("v2", replaces: .uniqueId(old.metadata.uniqueId))]), actor: Fixtures.gp)
            let new = result.documents[0]
            #expect(new.entry.status == .approved)
            #expect(new.entry.replaces == old.entryUUID)
            #expect(new.entry.logicalId != old.logicalId, "a replacement is a new document")
            let deprecated = try #require(new.deprecated)
            #expect(deprecated.status == .deprecated)
            #expect(deprecated.logicalId == old.logicalId)
            #expect(deprecated.entryUUID != old.entryUUID, "a status change is a new metadata version")
            #expect(deprecated.version == 2)

            let current = try await dmp.services.searchDocuments(DocumentQuery(patientKey: key, statuses: [.approved]), actor: Fixtures.gp)
            #expect(current.entries.map(\.entryUUID) == [new.entry.entryUUID])
            let superseded = try await dmp.services.searchDocuments(DocumentQuery(patientKey: key, statuses: [.deprecated]), actor: Fixtures.gp)
            #expect(superseded.entries.map(\.logicalId) == [old.logicalId])
            let associations = try await dmp.store.transaction { tx in try await tx.associations(self.key, involving: old.entryUUID) }
            #expect(associations.contains { $0.type == .replaces && $0.source == new.entry.entryUUID })
        }
    }

    @Test("a deprecated document cannot be replaced again", arguments: TestDatabase.all)
    func replacingDeprecated(database: TestDatabase) async throws {
        try await TestDMP.with(database) { dmp in
            let old = try await publishOne(dmp)
            _ = try await dmp.services.publish(Fixtures.submission([Fixtures.pdfDocument("v2", replaces: .entryUUID(old.entryUUID))]), actor: Fixtures.gp)
            let error = await #expect(throws: DMPError.self) {
                try await dmp.services.publish(Fixtures.submission([Fixtures.pdfDocument("v3", replaces: .entryUUID(old.entryUUID))]), actor: Fixtures.gp)
            }
            #expect(error?.code == .forbiddenTransition)
        }
    }

    @Test("only an author may replace a document", arguments: TestDatabase.all)
    func replacementByAnother(database: TestDatabase) async throws {
        try await TestDMP.with(database) { dmp in
            let old = try await publishOne(dmp)
            let error = await #expect(throws: DMPError.self) {
                try await dmp.services.publish(
                    Fixtures.submission([Fixtures.pdfDocument("v2", author: Fixtures.author(Fixtures.nurseIDNPS), replaces: .entryUUID(old.entryUUID))]),
                    actor: Fixtures.nurse)
            }
            #expect(error?.code == .notAuthor)
        }
    }

    @Test("archive and unarchive make new metadata versions with the same logicalId", arguments: TestDatabase.all)
    func archiveAndUnarchive(database: TestDatabase) async throws {
        try await TestDMP.with(database) { dmp in
            let v1 = try await publishOne(dmp)
            let v2 = try await dmp.services.changeStatus(key, .entryUUID(v1.entryUUID), to: .archived, actor: Fixtures.gp)
            let v3 = try await dmp.services.changeStatus(key, .logicalId(v1.logicalId), to: .approved, actor: Fixtures.gp)
            #expect([v1.version, v2.version, v3.version] == [Int](1...3))
            #expect(Set([v1.entryUUID, v2.entryUUID, v3.entryUUID]).count == 3)
            #expect(Set([v1.logicalId, v2.logicalId, v3.logicalId]).count == 1)
            #expect(v2.status == .archived && v3.status == .approved)
            let versions = try await dmp.services.documentVersions(key, .uniqueId(v1.metadata.uniqueId), actor: Fixtures.gp)
            #expect(versions.map(\.status) == [.approved, .archived, .approved], "every metadata version is kept")
            #expect(versions.map(\.isCurrent) == [false, false, true])
        }
    }

    @Test("forbidden transitions are refused", arguments: TestDatabase.all)
    func forbiddenTransitions(database: TestDatabase) async throws {
        try await TestDMP.with(database) { dmp in
            let entry = try await publishOne(dmp)
            // approved → approved, and approved → deprecated without a replacement
            for status in [AvailabilityStatus.approved, .deprecated] {
                let error = await #expect(throws: DMPError.self) {
                    try await dmp.services.changeStatus(self.key, .entryUUID(entry.entryUUID), to: status, actor: Fixtures.gp)
                }
                #expect(error?.code == .forbiddenTransition)
            }
            // deleted is final: the document is gone for everyone afterwards
            try await dmp.services.changeStatus(key, .entryUUID(entry.entryUUID), to: .deleted, actor: Fixtures.gp)
            let error = await #expect(throws: DMPError.self) {
                try await dmp.services.changeStatus(self.key, .entryUUID(entry.entryUUID), to: .approved, actor: Fixtures.gp)
            }
            #expect(error?.code == .documentNotFound)
        }
    }

    @Test("only the author may delete; deletion is logical and hides the document everywhere", arguments: TestDatabase.all)
    func deletion(database: TestDatabase) async throws {
        try await TestDMP.with(database) { dmp in
            let entry = try await publishOne(dmp)
            for actor in [Actor.holder(key), Fixtures.operatorActor] {
                let error = await #expect(throws: DMPError.self) {
                    try await dmp.services.changeStatus(self.key, .entryUUID(entry.entryUUID), to: .deleted, actor: actor)
                }
                #expect(error?.code == .notAuthor || error?.code.category == .forbidden, "\(actor.kind) may not delete")
            }
            let unauthorised = await #expect(throws: DMPError.self) {
                try await dmp.services.changeStatus(self.key, .entryUUID(entry.entryUUID), to: .deleted, actor: Fixtures.nurse)
            }
            #expect(unauthorised?.code == .documentNotFound, "a professional who may not see the document does not learn it exists")
            let deleted = try await dmp.services.changeStatus(key, .entryUUID(entry.entryUUID), to: .deleted, actor: Fixtures.gp)
            #expect(deleted.status == .deleted)
            let search = try await dmp.services.searchDocuments(
                DocumentQuery(patientKey: key, statuses: AvailabilityStatus.all), actor: Fixtures.operatorActor)
            #expect(search.total == 0)
            let error = await #expect(throws: DMPError.self) {
                try await dmp.services.retrieveDocument(self.key, .entryUUID(entry.entryUUID), actor: Fixtures.gp)
            }
            #expect(error?.code == .documentNotFound)
            // Logical only: the rows and the bytes are still there until retention ends.
            #expect(try await dmp.rowCounts(Fixtures.patient)["dmp_document_entries"] == 2)
            #expect(dmp.blobs.count(for: key) == 1)
        }
    }

    @Test("masking makes a new version; the holder may mask but not touch INVISIBLE_PATIENT", arguments: TestDatabase.all)
    func confidentiality(database: TestDatabase) async throws {
        try await TestDMP.with(database) { dmp in
            let entry = try await publishOne(dmp)
            let masked = try await dmp.services.changeConfidentiality(
                key, .entryUUID(entry.entryUUID), to: [ConfidentialityCode.normal, ConfidentialityCode.maskedToProfessionals],
                actor: .holder(key))
            #expect(masked.version == 2 && masked.logicalId == entry.logicalId && masked.entryUUID != entry.entryUUID)
            #expect(masked.metadata.hasConfidentiality(ConfidentialityCode.maskedToProfessionals))
            let error = await #expect(throws: DMPError.self) {
                try await dmp.services.changeConfidentiality(
                    self.key, .entryUUID(masked.entryUUID), to: [ConfidentialityCode.normal, ConfidentialityCode.invisibleToPatient],
                    actor: .holder(self.key))
            }
            #expect(error?.code.category == .forbidden)
            let other = await #expect(throws: DMPError.self) {
                try await dmp.services.changeConfidentiality(
                    self.key, .entryUUID(masked.entryUUID), to: [ConfidentialityCode.normal], actor: Fixtures.nurse)
            }
            #expect(other?.code == .documentNotFound, "a masked document does not exist for another professional")
        }
    }

    @Test("an older entryUUID still reads its own version", arguments: TestDatabase.all)
    func readOlderVersion(database: TestDatabase) async throws {
        try await TestDMP.with(database) { dmp in
            let v1 = try await publishOne(dmp)
            _ = try await dmp.services.changeStatus(key, .entryUUID(v1.entryUUID), to: .archived, actor: Fixtures.gp)
            let read = try await dmp.services.documentEntry(key, .entryUUID(v1.entryUUID), actor: Fixtures.gp)
            #expect(read.version == 1 && read.status == .approved && !read.isCurrent)
        }
    }
}
