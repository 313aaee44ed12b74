import DMPDomain
import DMPFHIR
import DMPServices
import Foundation
import Testing

/// The two consistent PDSM4DMP ITI-65 bundles (TRAPS 5): every metadata element comes out
/// as written in the file.
@Suite("PDSM4DMP ITI-65 bundles")
struct PDSM4DMPBundleTests {
    static let submission = "fhir/pdsm4dmp/Bundle-example-td2-iti65-lot-soumission.json"
    static let replacement = "fhir/pdsm4dmp/Bundle-example-td2-1-remplacement.json"
    static let cdaStub = Data(#"<?xml version="1.0" encoding="UTF-8"?><ClinicalDocument xmlns="urn:hl7-org:v3"/>"#.utf8)

    @Test("TD2 submission: every DocumentReference element, SubmissionSet and entry roles")
    func submissionBundle() throws {
        let parsed = try ProvideDocumentBundle(json: FHIRCorpus.data(Self.submission))
        // TRAPS 1: the INS key is wrong, and parsing does not judge it.
        #expect(parsed.patient == .ins(INSIdentifier(authorityOID: "1.2.250.1.213.1.4.8", matricule: "123456789012345")))
        #expect(parsed.documents.count == 1)
        let document = try #require(parsed.documents.first)
        let metadata = document.input.metadata
        #expect(metadata.uniqueId == "1.2.250.1.213.1.4.8.99999.2")
        #expect(metadata.typeCode == Coding(code: "11488-4", system: "2.16.840.1.113883.6.1", display: "Consult note"))
        #expect(metadata.classCode == Coding(code: "11", system: "1.2.250.1.213.1.1.4.1", display: "Synthèse"))
        #expect(metadata.formatCode == Coding(
            code: "urn:ihe:iti:xds:2017:mimeTypeSufficient", system: "1.3.6.1.4.1.19376.1.2.3", display: "mimeType Sufficient"))
        #expect(metadata.healthcareFacilityTypeCode == Coding(code: "22232009", system: "2.16.840.1.113883.6.96", display: "Hospital"))
        #expect(metadata.practiceSettingCode == Coding(code: "394802001", system: "2.16.840.1.113883.6.96", display: "General medicine"))
        #expect(metadata.confidentialityCodes == [Coding(code: "N", system: "2.16.840.1.113883.5.25", display: "normal")])
        let idnps = Author(person: Author.Person(id: "899700218896", idSystem: IDNPS.oid, family: nil, given: nil))
        #expect(metadata.authors == [idnps])
        #expect(metadata.legalAuthenticator == idnps)
        #expect(metadata.creationTime == Instant.at("2026-06-12T08:00:00Z"))
        #expect(metadata.serviceStartTime == Instant.at("2026-06-12T08:00:00Z"))
        #expect(metadata.serviceStopTime == nil)
        #expect(metadata.title == "Compte rendu de consultation")
        #expect(metadata.comments == nil)
        #expect(metadata.languageCode == "fr-FR")
        #expect(metadata.mimeType == "application/xml")
        #expect(metadata.size == 80)
        #expect(metadata.hash == Digest.sha1Hex(Self.cdaStub))
        #expect(metadata.hash == "03f84c46bbfa635e418d233c90c2e276bcfe9877")
        #expect(metadata.sourcePatientId == "123456789012345^^^&1.2.250.1.213.1.4.8&ISO^NH")
        #expect(metadata.sourcePatientInfo == ["PID-3|123456789012345^^^&1.2.250.1.213.1.4.8&ISO^NH"])
        #expect(metadata.eventCodes.isEmpty && metadata.referenceIds.isEmpty)
        #expect(document.content == Self.cdaStub)
        #expect(document.input.replaces == nil)
        #expect(document.input.declaredHash && document.input.declaredSize)
        #expect(parsed.contentIssues().isEmpty)

        let set = parsed.submissionSet
        #expect(set.uniqueId == nil)
        #expect(set.sourceId == "1.2.3.4.5.6.7.8")
        #expect(set.contentTypeCode == Coding(code: "11", system: "1.2.250.1.213.1.1.4.1", display: "Synthèse"))
        #expect(set.authors == [idnps])
        #expect(set.declaredDate == Instant.at("2026-06-12T10:00:00+02:00"))
        #expect(parsed.entries.map(\.role) == [.submissionSet, .document(0), .binary(document: 0)])
        #expect(parsed.entries.map(\.fullUrl) == [
            "urn:uuid:aaaaaaaa-0000-0000-0000-000000000001", "urn:uuid:aaaaaaaa-0000-0000-0000-000000000002",
            "urn:uuid:aaaaaaaa-0000-0000-0000-000000000003",
        ])
        #expect(parsed.statusUpdates.isEmpty && parsed.folders.isEmpty)
    }

    @Test("TD2 submission → services Submission: a minted SubmissionSet uniqueId, the same documents")
    func submissionForServices() throws {
        let parsed = try ProvideDocumentBundle(json: FHIRCorpus.data(Self.submission))
        let ins = try INS(matricule: "279035121518989", authorityOID: INSAuthority.test.oid)
        let submission = parsed.submission(patient: ins, mintedUniqueId: "2.25.42")
        #expect(submission.uniqueId == "2.25.42")
        #expect(submission.sourceId == "1.2.3.4.5.6.7.8")
        #expect(submission.documents.map(\.metadata) == parsed.documents.map(\.input.metadata))
        #expect(submission.documents.first?.content == Self.cdaStub)
        #expect(submission.documents.first?.replaces == nil)
    }

    @Test("TD2.1 replacement: DocumentTarget and the accepted FHIRPath Patch to superseded")
    func replacementBundle() throws {
        let parsed = try ProvideDocumentBundle(json: FHIRCorpus.data(Self.replacement))
        let document = try #require(parsed.documents.first)
        #expect(document.input.replaces == .entryUUID(EntryUUID(rawValue: "doc-x-id")))
        #expect(document.input.metadata.uniqueId == "1.2.250.1.213.1.4.8.99999.3")
        #expect(document.input.metadata.title == "Compte rendu de consultation (v2)")
        #expect(document.input.metadata.creationTime == Instant.at("2026-06-12T11:00:00+02:00"))
        #expect(document.input.metadata.hash == Digest.sha1Hex(Self.cdaStub))
        #expect(document.input.metadata.size == 80)
        #expect(parsed.statusUpdates.count == 1)
        let update = try #require(parsed.statusUpdates.first)
        #expect(update.target == .entryUUID(EntryUUID(rawValue: "doc-x-id")))
        #expect(update.replacedBy == 0)
        #expect(update.entryIndex == 2)
        #expect(parsed.entries.map(\.role) == [.submissionSet, .document(0), .supersede(0), .binary(document: 0)])
        #expect(parsed.submission(patient: FHIRFixtures.ins).documents.first?.replaces == .entryUUID(EntryUUID(rawValue: "doc-x-id")))
    }

    @Test("A status patch for a document the bundle does not replace is refused, located")
    func unrelatedStatusPatchRefused() throws {
        var bundle = try FHIRCorpus.bundle(Self.replacement)
        bundle.entry?[2].request?.url = "DocumentReference/another-document"
        #expect(throws: FHIRError.self) { try ProvideDocumentBundle(bundle) }
        do {
            _ = try ProvideDocumentBundle(bundle)
        } catch {
            #expect(error.status == 422)
            #expect(error.expression == "Bundle.entry[2].request.url")
        }
    }

    @Test("A patch that changes more than the status of the replaced document is refused")
    func patchOfOtherElementRefused() throws {
        var bundle = try FHIRCorpus.bundle(Self.replacement)
        guard case .parameters(var parameters)? = bundle.entry?[2].resource else {
            Issue.record("entry 2 is not a Parameters")
            return
        }
        parameters.parameter?[0].part = [
            .init(name: "type", valueCode: "replace"), .init(name: "path", valueString: "DocumentReference.description"),
            .init(name: "value", valueString: "x"),
        ]
        bundle.entry?[2].resource = .parameters(parameters)
        do {
            _ = try ProvideDocumentBundle(bundle)
            Issue.record("accepted a patch of description")
        } catch {
            #expect(error.condition == .patchElementNotAllowed)
            #expect(error.expression == "Parameters.parameter[0].part.path")
        }
    }

    @Test("Different patients on the SubmissionSet and a DocumentReference are refused")
    func patientMismatch() throws {
        var bundle = try FHIRCorpus.bundle(Self.submission)
        guard case .documentReference(var document)? = bundle.entry?[1].resource else {
            Issue.record("entry 1 is not a DocumentReference")
            return
        }
        document.subject = FHIRReference(reference: "Patient?identifier=urn:oid:1.2.250.1.213.1.4.10|279035121518989")
        bundle.entry?[1].resource = .documentReference(document)
        do {
            _ = try ProvideDocumentBundle(bundle)
            Issue.record("accepted two patients")
        } catch {
            #expect(error.condition == .patientMismatch)
            #expect(error.expression == "Bundle.entry[1].resource.subject")
        }
    }

    @Test("Binary.contentType must equal attachment.contentType")
    func binaryContentTypeMismatch() throws {
        var bundle = try FHIRCorpus.bundle(Self.submission)
        guard case .binary(var binary)? = bundle.entry?[2].resource else {
            Issue.record("entry 2 is not a Binary")
            return
        }
        binary.contentType = "application/pdf"
        bundle.entry?[2].resource = .binary(binary)
        do {
            _ = try ProvideDocumentBundle(bundle)
            Issue.record("accepted a contentType mismatch")
        } catch {
            #expect(error.expression == "Bundle.entry[2].resource.contentType")
        }
    }

    @Test("A missing hash is computed, a missing size too; a wrong one is passed through")
    func hashComputedOrPassedThrough() throws {
        var bundle = try FHIRCorpus.bundle(Self.submission)
        guard case .documentReference(var document)? = bundle.entry?[1].resource else {
            Issue.record("entry 1 is not a DocumentReference")
            return
        }
        document.content?[0].attachment?.hash = nil
        document.content?[0].attachment?.size = nil
        bundle.entry?[1].resource = .documentReference(document)
        let computed = try ProvideDocumentBundle(bundle).documents[0].input
        #expect(computed.metadata.hash == Digest.sha1Hex(Self.cdaStub))
        #expect(computed.metadata.size == 80)
        #expect(!computed.declaredHash && !computed.declaredSize)

        document.content?[0].attachment?.hash = Data(repeating: 7, count: 20).base64EncodedString()
        bundle.entry?[1].resource = .documentReference(document)
        let wrong = try ProvideDocumentBundle(bundle)
        #expect(wrong.documents[0].input.metadata.hash == String(repeating: "07", count: 20))
        #expect(wrong.contentIssues().map(\.expression) == ["Bundle.entry[1].resource.content[0].attachment.hash"])
    }
}
