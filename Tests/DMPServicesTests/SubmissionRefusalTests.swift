import DMPTestSupport
import DMPDomain
import DMPServices
import Foundation
import Testing

/// Each refusal of a submission, with its specific error, and the proof that a refused
/// submission leaves no registry row and no file (only the audit row tracing the refusal).
@Suite("Refused submissions")
struct SubmissionRefusalTests {
    /// Publishes `submission`, expects the refusal `code`, and checks nothing was stored.
    private func expectRefusal(
        _ code: DMPError.Code, element: String? = nil, _ dmp: TestDMP, _ submission: Submission,
        actor: Actor = Fixtures.gp, sourceLocation: SourceLocation = #_sourceLocation
    ) async throws {
        let registryBefore = try await dmp.registryRows(submission.patient)
        let blobsBefore = dmp.blobs.count(for: PatientKey(submission.patient))
        let error = await #expect(throws: DMPError.self, sourceLocation: sourceLocation) {
            try await dmp.services.publish(submission, actor: actor)
        }
        #expect(error?.code == code, "got \(String(describing: error))", sourceLocation: sourceLocation)
        if let element { #expect(error?.element == element, sourceLocation: sourceLocation) }
        #expect(try await dmp.registryRows(submission.patient) == registryBefore, "no registry row", sourceLocation: sourceLocation)
        #expect(dmp.blobs.count(for: PatientKey(submission.patient)) == blobsBefore, "no file", sourceLocation: sourceLocation)
        let tmp = try FileManager.default.contentsOfDirectory(atPath: dmp.blobs.root.appendingPathComponent("tmp").path)
        #expect(tmp.isEmpty, "no temporary file", sourceLocation: sourceLocation)
        let last = try await dmp.audit(submission.patient).last
        #expect(last?.event.outcome == .refused, sourceLocation: sourceLocation)
        #expect(last?.event.reason == code.rawValue, sourceLocation: sourceLocation)
    }

    @Test("an INS with a wrong key is refused with invalidINS", arguments: ["279035121518988", "295109912611199"])
    func badKey(matricule: String) async throws {
        try await TestDMP.with(.sqlite) { dmp in
            let error = #expect(throws: DMPError.self) {
                try dmp.services.ins(matricule: matricule, authorityOID: INSAuthority.nir.oid)
            }
            #expect(error?.code == .invalidINS)
            #expect(error?.element == "patientId")
        }
    }

    @Test("the billing NIR authority 1.2.250.1.213.1.4.13 is never an INS")
    func billingNIR() async throws {
        try await TestDMP.with(.sqlite) { dmp in
            let error = #expect(throws: DMPError.self) {
                try dmp.services.ins(matricule: "279035121518989", authorityOID: "1.2.250.1.213.1.4.13")
            }
            #expect(error?.code == .invalidINS)
            #expect(error?.message.contains("1.2.250.1.213.1.4.13") == true || error?.message.contains("billing") == true)
        }
    }

    @Test("a person who opposed gets no record and no document", arguments: TestDatabase.all)
    func opposedPerson(database: TestDatabase) async throws {
        try await TestDMP.with(database) { dmp in
            try await dmp.services.opposeRecord(Fixtures.patient, actor: .holder(PatientKey(Fixtures.patient)))
            try await expectRefusal(.recordOpposed, dmp, Fixtures.submission([Fixtures.pdfDocument()]))
        }
    }

    @Test("a closed record accepts nothing", arguments: TestDatabase.all)
    func closedRecord(database: TestDatabase) async throws {
        try await TestDMP.with(database) { dmp in
            try await dmp.services.createRecord(Fixtures.patient, actor: Fixtures.operatorActor)
            try await dmp.services.closeRecord(Fixtures.patient, reason: "départ à l'étranger", actor: .holder(PatientKey(Fixtures.patient)))
            try await expectRefusal(.recordClosed, dmp, Fixtures.submission([Fixtures.pdfDocument()]))
        }
    }

    @Test("without automatic creation a person without a record is refused", arguments: TestDatabase.all)
    func noAutomaticCreation(database: TestDatabase) async throws {
        var configuration = ServiceConfiguration.testing
        configuration.autoCreateRecords = false
        try await TestDMP.with(database, configuration: configuration) { dmp in
            try await expectRefusal(.recordNotFound, dmp, Fixtures.submission([Fixtures.pdfDocument()]))
            #expect(try await dmp.services.recordStatus(Fixtures.patient, actor: Fixtures.operatorActor) == nil)
        }
    }

    @Test("an unknown typeCode is refused", arguments: TestDatabase.all)
    func unknownTypeCode(database: TestDatabase) async throws {
        try await TestDMP.with(database) { dmp in
            var document = Fixtures.pdfDocument()
            document.metadata.typeCode = Fixtures.type("99999-9")
            try await expectRefusal(.unknownCode, element: "typeCode", dmp, Fixtures.submission([document]))
        }
    }

    @Test("a classCode that does not agree with the typeCode is refused", arguments: TestDatabase.all)
    func classTypeMismatch(database: TestDatabase) async throws {
        try await TestDMP.with(database) { dmp in
            var document = Fixtures.pdfDocument(typeCode: Fixtures.type("11488-4"))
            document.metadata.classCode = Coding(code: "31", system: "1.2.250.1.213.1.1.4.1")
            try await expectRefusal(.classTypeMismatch, element: "classCode", dmp, Fixtures.submission([document]))
        }
    }

    @Test("a code outside the DMP value sets is refused, element by element", arguments: TestDatabase.all)
    func otherUnknownCodes(database: TestDatabase) async throws {
        try await TestDMP.with(database) { dmp in
            var format = Fixtures.pdfDocument()
            format.metadata.formatCode = Coding(code: "urn:ihe:iti:xds:2017:mimeTypeSufficient", system: "1.3.6.1.4.1.19376.1.2.3")
            try await expectRefusal(.unknownCode, element: "formatCode", dmp, Fixtures.submission([format]))
            var confidentiality = Fixtures.pdfDocument()
            confidentiality.metadata.confidentialityCodes = [Coding(code: "N", system: "1.2.250.1.213.1.1.4.13")]
            try await expectRefusal(.unknownCode, element: "confidentialityCode", dmp, Fixtures.submission([confidentiality]))
            var tooMany = Fixtures.pdfDocument()
            tooMany.metadata.confidentialityCodes = [ConfidentialityCode.normal, ConfidentialityCode.restricted]
            try await expectRefusal(.invalidMetadata, element: "confidentialityCode", dmp, Fixtures.submission([tooMany]))
        }
    }

    @Test("a hash that is not the SHA-1 of the bytes is refused", arguments: TestDatabase.all)
    func hashMismatch(database: TestDatabase) async throws {
        try await TestDMP.with(database) { dmp in
            var document = Fixtures.pdfDocument()
            document.metadata.hash = Digest.sha1Hex(Data("other bytes".utf8))
            try await expectRefusal(.hashMismatch, element: "hash", dmp, Fixtures.submission([document]))
        }
    }

    @Test("a size that is not the byte count is refused", arguments: TestDatabase.all)
    func sizeMismatch(database: TestDatabase) async throws {
        try await TestDMP.with(database) { dmp in
            var document = Fixtures.pdfDocument()
            document.metadata.size += 1
            try await expectRefusal(.sizeMismatch, element: "size", dmp, Fixtures.submission([document]))
        }
    }

    @Test("the same uniqueId with other bytes is a conflict; with the same bytes it is idempotent", arguments: TestDatabase.all)
    func duplicateUniqueId(database: TestDatabase) async throws {
        try await TestDMP.with(database) { dmp in
            let first = Fixtures.pdfDocument("first")
            let published = try await dmp.services.publish(Fixtures.submission([first]), actor: Fixtures.gp)
            let again = try await dmp.services.publish(Fixtures.submission([first]), actor: Fixtures.gp)
            #expect(again.documents.first?.alreadyPresent == true)
            #expect(again.documents.first?.entry.entryUUID == published.documents.first?.entry.entryUUID)

            let otherBytes = Fixtures.pdf("second")
            var conflicting = first
            conflicting.content = otherBytes
            conflicting.metadata.hash = Digest.sha1Hex(otherBytes)
            conflicting.metadata.size = Int64(otherBytes.count)
            try await expectRefusal(.duplicateUniqueID, element: "uniqueId", dmp, Fixtures.submission([conflicting]))
        }
    }

    @Test("one bad document refuses the whole submission set, blobs included", arguments: TestDatabase.all)
    func allOrNothing(database: TestDatabase) async throws {
        try await TestDMP.with(database) { dmp in
            try await dmp.services.createRecord(Fixtures.patient, actor: Fixtures.operatorActor)
            var bad = Fixtures.pdfDocument("bad")
            bad.metadata.size = 1
            let submission = Fixtures.submission([Fixtures.pdfDocument("good 1"), Fixtures.pdfDocument("good 2"), bad])
            try await expectRefusal(.sizeMismatch, dmp, submission)
            #expect(try await dmp.registryRows(Fixtures.patient) == 0)
        }
    }

    @Test("a failure after the files were written removes them", arguments: TestDatabase.all)
    func failureAfterBlobWrite(database: TestDatabase) async throws {
        try await TestDMP.with(database) { dmp in
            // The folder names a document absent from the DMP: detected after the documents'
            // files were written, so this proves the rollback removes them.
            var submission = Fixtures.submission([Fixtures.pdfDocument("kept?")])
            submission.folders = [FolderSubmission(
                uniqueId: OIDs.fromUUID(), title: "Suivi", codes: [Coding(code: "SA07", system: "1.2.250.1.71.4.2.4")],
                documentUniqueIds: ["1.2.3.4.5.unknown"])]
            try await expectRefusal(.documentNotFound, element: "folder", dmp, submission)
        }
    }
}
