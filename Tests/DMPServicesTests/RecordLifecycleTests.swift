import DMPTestSupport
import DMPDomain
import DMPServices
import Foundation
import Testing

/// Opposition, creation, closure, reopening, retention and purge (spec §3.1).
@Suite("Record lifecycle")
struct RecordLifecycleTests {
    private var key: PatientKey { PatientKey(Fixtures.patient) }
    private var holder: Actor { .holder(key) }

    @Test("the first submission creates the record when the person has not opposed", arguments: TestDatabase.all)
    func automaticCreation(database: TestDatabase) async throws {
        try await TestDMP.with(database) { dmp in
            let result = try await dmp.services.publish(Fixtures.submission([Fixtures.pdfDocument()]), actor: Fixtures.gp)
            #expect(result.createdRecord)
            let record = try #require(try await dmp.services.recordStatus(Fixtures.patient, actor: Fixtures.operatorActor))
            #expect(record.state == .active)
            let second = try await dmp.services.publish(Fixtures.submission([Fixtures.pdfDocument()]), actor: Fixtures.gp)
            #expect(!second.createdRecord)
        }
    }

    @Test("explicit creation, and a second creation is refused", arguments: TestDatabase.all)
    func explicitCreation(database: TestDatabase) async throws {
        try await TestDMP.with(database) { dmp in
            let traits = INSTraits(
                birthName: "PAT-TROIS", birthGivenNames: ["DOMINIQUE"], sex: .female, birthDate: "1979-03-05",
                birthPlaceCode: "51215", status: .qualified)
            let record = try await dmp.services.createRecord(Fixtures.patient, traits: traits, actor: Fixtures.operatorActor)
            #expect(record.state == .active && record.traits == traits)
            let error = await #expect(throws: DMPError.self) {
                try await dmp.services.createRecord(Fixtures.patient, actor: Fixtures.operatorActor)
            }
            #expect(error?.code == .recordExists)
        }
    }

    @Test("opposition without a record blocks creation until the person withdraws it", arguments: TestDatabase.all)
    func opposition(database: TestDatabase) async throws {
        try await TestDMP.with(database) { dmp in
            let opposed = try await dmp.services.opposeRecord(Fixtures.patient, actor: holder)
            #expect(opposed.state == .opposed && !opposed.holdsData)
            let error = await #expect(throws: DMPError.self) {
                try await dmp.services.publish(Fixtures.submission([Fixtures.pdfDocument()]), actor: Fixtures.gp)
            }
            #expect(error?.code == .recordOpposed)
            let created = try await dmp.services.createRecord(Fixtures.patient, actor: holder)
            #expect(created.state == .active)
            _ = try await dmp.services.publish(Fixtures.submission([Fixtures.pdfDocument()]), actor: Fixtures.gp)
        }
    }

    @Test("a closed record shows nothing, accepts nothing, and reopens with everything", arguments: TestDatabase.all)
    func closeAndReopen(database: TestDatabase) async throws {
        try await TestDMP.with(database) { dmp in
            let published = try await dmp.services.publish(
                Fixtures.submission([Fixtures.pdfDocument("a"), Fixtures.pdfDocument("b")]), actor: Fixtures.gp)
            try await dmp.authorise(Fixtures.gp)
            let closed = try await dmp.services.closeRecord(Fixtures.patient, reason: "Décès", actor: holder)
            #expect(closed.state == .closed)
            #expect(closed.retentionUntil == RetentionPeriod.legal.end(from: dmp.clock.now))
            let query = DocumentQuery(patientKey: key, statuses: [.approved])
            let search = await #expect(throws: DMPError.self) { try await dmp.services.searchDocuments(query, actor: Fixtures.gp) }
            #expect(search?.code == .recordClosed)
            let entry = published.documents[0].entry
            let retrieve = await #expect(throws: DMPError.self) {
                try await dmp.services.retrieveDocument(self.key, .entryUUID(entry.entryUUID), actor: self.holder)
            }
            #expect(retrieve?.code == .recordClosed)

            let reopened = try await dmp.services.reopenRecord(Fixtures.patient, actor: holder)
            #expect(reopened.state == .active && reopened.closedAt == nil)
            let after = try await dmp.services.searchDocuments(query, actor: Fixtures.gp)
            #expect(Set(after.entries.map(\.entryUUID)) == Set(published.documents.map(\.entry.entryUUID)))
            #expect(try await dmp.services.retrieveDocument(key, .entryUUID(entry.entryUUID), actor: holder).data() == Fixtures.pdf("a"))
        }
    }

    @Test("closing needs a reason and an active record", arguments: TestDatabase.all)
    func closingRules(database: TestDatabase) async throws {
        try await TestDMP.with(database) { dmp in
            let missing = await #expect(throws: DMPError.self) {
                try await dmp.services.closeRecord(Fixtures.patient, reason: "x", actor: self.holder)
            }
            #expect(missing?.code == .recordNotFound)
            try await dmp.services.createRecord(Fixtures.patient, actor: holder)
            let noReason = await #expect(throws: DMPError.self) {
                try await dmp.services.closeRecord(Fixtures.patient, reason: "  ", actor: self.holder)
            }
            #expect(noReason?.code == .invalidMetadata)
            try await dmp.services.closeRecord(Fixtures.patient, reason: "choix", actor: holder)
            let twice = await #expect(throws: DMPError.self) {
                try await dmp.services.closeRecord(Fixtures.patient, reason: "encore", actor: self.holder)
            }
            #expect(twice?.code == .recordStateInvalid)
        }
    }

    @Test("purge removes data and files once retention has ended, leaving a tombstone", arguments: TestDatabase.all)
    func purge(database: TestDatabase) async throws {
        try await TestDMP.with(database) { dmp in
            _ = try await dmp.services.publish(Fixtures.submission([Fixtures.pdfDocument("a"), Fixtures.pdfDocument("b")]), actor: Fixtures.gp)
            _ = try await dmp.services.publish(Fixtures.submission([Fixtures.pdfDocument("c")], for: Fixtures.otherPatient), actor: Fixtures.gp)
            try await dmp.services.closeRecord(Fixtures.patient, reason: "choix", actor: holder)

            dmp.clock.advance(years: 9)
            let early = try await dmp.services.purgeExpiredRecords(actor: Fixtures.operatorActor)
            #expect(early.purgedRecords == 0, "retention has not ended after 9 years")
            #expect(dmp.blobs.count(for: key) == 2)

            dmp.clock.advance(years: 1)
            let report = try await dmp.services.purgeExpiredRecords(actor: Fixtures.operatorActor)
            #expect(report.purgedRecords == 1 && report.removedBlobs == 2)
            #expect(dmp.blobs.count(for: key) == 0)
            let counts = try await dmp.rowCounts(Fixtures.patient)
            #expect(counts.filter { $0.key != "dmp_records" }.values.allSatisfy { $0 == 0 }, "\(counts)")
            #expect(counts["dmp_records"] == 1)
            let tombstone = try #require(try await dmp.services.recordStatus(Fixtures.patient, actor: Fixtures.operatorActor))
            #expect(tombstone.state == .purged && tombstone.purgedAt != nil && tombstone.traits == nil && !tombstone.holdsData)
            #expect(dmp.blobs.count(for: PatientKey(Fixtures.otherPatient)) == 1, "an active record is untouched")
            let reopen = await #expect(throws: DMPError.self) { try await dmp.services.reopenRecord(Fixtures.patient, actor: self.holder) }
            #expect(reopen?.code == .recordStateInvalid)
        }
    }

    @Test("an opposition after creation closes the record and keeps its data for the retention period", arguments: TestDatabase.all)
    func oppositionOfExistingRecord(database: TestDatabase) async throws {
        try await TestDMP.with(database) { dmp in
            _ = try await dmp.services.publish(Fixtures.submission([Fixtures.pdfDocument()]), actor: Fixtures.gp)
            let opposed = try await dmp.services.opposeRecord(Fixtures.patient, actor: holder)
            #expect(opposed.state == .opposed && opposed.holdsData && opposed.retentionUntil != nil)
            let error = await #expect(throws: DMPError.self) {
                try await dmp.services.publish(Fixtures.submission([Fixtures.pdfDocument()]), actor: Fixtures.gp)
            }
            #expect(error?.code == .recordOpposed)
            dmp.clock.advance(years: 10)
            _ = try await dmp.services.purgeExpiredRecords(actor: Fixtures.operatorActor)
            let after = try #require(try await dmp.services.recordStatus(Fixtures.patient, actor: Fixtures.operatorActor))
            #expect(after.state == .opposed && !after.holdsData, "the opposition itself survives the purge")
        }
    }
}
