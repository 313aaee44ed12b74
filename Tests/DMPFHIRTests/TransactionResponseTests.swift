import DMPDomain
import DMPServices
import DMPFHIR
import Foundation
import Testing

/// The ITI-65 transaction-response: one entry per request entry, in request order.
@Suite("Transaction response")
struct TransactionResponseTests {
    @Test("Replacement bundle: List, DocumentReference, status patch and Binary answered in request order")
    func replacementOrder() throws {
        let request = try ProvideDocumentBundle(json: FHIRCorpus.data("fhir/pdsm4dmp/Bundle-example-td2-1-remplacement.json"))
        let submission = request.submission(patient: FHIRFixtures.ins, mintedUniqueId: "2.25.1")
        var metadata = submission.documents[0].metadata
        metadata.sourcePatientInfo = []
        let created = FHIRFixtures.entry(metadata)
        let old = DocumentEntry(
            entryUUID: EntryUUID(rawValue: "77777777-1111-4111-8111-111111111111"), logicalId: .make(), version: 2,
            patientKey: FHIRFixtures.key, status: .deprecated, metadata: metadata, submissionSetUUID: .make(),
            registeredAt: Instant.at("2026-06-12T09:00:00Z"), replaces: nil, blobSHA256: "00", isCurrent: true)
        let set = SubmissionSet(
            entryUUID: EntryUUID(rawValue: "88888888-1111-4111-8111-111111111111"), uniqueId: "2.25.1", sourceId: submission.sourceId,
            submissionTime: Instant.at("2026-06-12T09:00:00Z"), title: nil, comments: nil, contentTypeCode: submission.contentTypeCode,
            authors: submission.authors, patientKey: FHIRFixtures.key)
        let result = PublishResult(
            submissionSet: set, documents: [PublishedDocument(entry: created, alreadyPresent: false, deprecated: old)],
            folders: [], createdRecord: false)
        let response = FHIRBundle.transactionResponse(for: request, result: result, context: FHIRFixtures.context)
        #expect(response.type == "transaction-response")
        let responses = try #require(response.entry?.map(\.response))
        #expect(responses.map { $0?.status } == ["201 Created", "201 Created", "200 OK", "201 Created"])
        #expect(responses.map { $0?.location } == [
            "List/88888888-1111-4111-8111-111111111111",
            "DocumentReference/\(created.entryUUID.rawValue)/_history/1",
            "DocumentReference/77777777-1111-4111-8111-111111111111/_history/2",
            "Binary/\(created.entryUUID.rawValue)",
        ])
        #expect(responses[1]?.etag == "W/\"1\"")
        let json = String(decoding: FHIRJSON.encode(response), as: UTF8.self)
        #expect(!json.contains("null") && !json.contains("[]"))
    }

    @Test("A document already registered (same uniqueId, same bytes) answers 200 OK")
    func alreadyPresent() throws {
        let request = try ProvideDocumentBundle(json: FHIRCorpus.data("fhir/pdsm4dmp/Bundle-example-td2-iti65-lot-soumission.json"))
        let existing = FHIRFixtures.entry()
        let set = SubmissionSet(
            entryUUID: .make(), uniqueId: "2.25.2", sourceId: "1.2.3", submissionTime: Date(), title: nil, comments: nil,
            contentTypeCode: request.submissionSet.contentTypeCode, authors: [], patientKey: FHIRFixtures.key)
        let result = PublishResult(
            submissionSet: set, documents: [PublishedDocument(entry: existing, alreadyPresent: true, deprecated: nil)],
            folders: [], createdRecord: false)
        let statuses = FHIRBundle.transactionResponse(for: request, result: result, context: FHIRFixtures.context)
            .entry?.map { $0.response?.status }
        #expect(statuses == ["201 Created", "200 OK", "200 OK"])
    }
}
