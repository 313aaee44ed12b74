import DMPDomain
import DMPFHIR
import DMPServices
import Foundation
import Testing

/// ITI-105 simplified publish (PDSm flux 09).
@Suite("ITI-105 simplified publish")
struct SimplifiedPublishTests {
    static let file = "fhir/pdsm4dmp/DocumentReference-example-td2-iti105-publication-simplifiee.json"
    static let defaults = SimplifiedPublishDefaults(
        sourceId: "1.2.250.1.999.42", terminology: .bundled,
        formatCode: Coding(code: "urn:asip:ci-sis:vsm:2012", system: CodeSystems.formatCodeComplementaire.oid),
        healthcareFacilityTypeCode: Coding(code: "SA07", system: CodeSystems.secteurActivite.oid),
        practiceSettingCode: Coding(code: "AMBULATOIRE", system: CodeSystems.cadreExercice.oid))

    @Test("The PDSM4DMP example becomes a one-document submission, defaults filling what it omits")
    func example() throws {
        let request = try SimplifiedPublishRequest(json: FHIRCorpus.data(Self.file), defaults: Self.defaults)
        let metadata = request.input.metadata
        #expect(request.input.patient == .ins(INSIdentifier(authorityOID: "1.2.250.1.213.1.4.8", matricule: "123456789012345")))
        #expect(metadata.uniqueId == "1.2.250.1.213.1.4.8.99999.1")
        #expect(metadata.typeCode.code == "11488-4")
        #expect(metadata.classCode == Terminology.bundled.classCodes(forType: metadata.typeCode).first)
        #expect(metadata.formatCode.code == "urn:asip:ci-sis:vsm:2012")
        #expect(metadata.confidentialityCodes == [ConfidentialityCode.normal])
        #expect(metadata.languageCode == "fr-FR")
        #expect(metadata.creationTime == Instant.at("2026-06-12T10:00:00+02:00"))
        #expect(metadata.serviceStartTime == metadata.creationTime)
        #expect(metadata.size == 80)
        #expect(metadata.hash == Digest.sha1Hex(request.content))
        #expect(metadata.sourcePatientId == "123456789012345^^^&1.2.250.1.213.1.4.8&ISO^NH")
        #expect(metadata.authors.first?.person?.id == "899700218896")
        #expect(request.contentIssues().isEmpty)

        let submission = request.submission(patient: FHIRFixtures.ins, defaults: Self.defaults, uniqueId: "2.25.7")
        #expect(submission.uniqueId == "2.25.7")
        #expect(submission.sourceId == "1.2.250.1.999.42")
        #expect(submission.contentTypeCode == metadata.healthcareFacilityTypeCode)
        #expect(submission.documents.count == 1)
        #expect(submission.authors == Array(metadata.authors.prefix(1)))
    }

    @Test("A PDF gets its IHE format code from the MIME type")
    func pdfFormatFromMimeType() throws {
        var document = try FHIRCorpus.documentReference(Self.file)
        document.content?[0].attachment?.contentType = "application/pdf"
        let request = try SimplifiedPublishRequest(document, defaults: Self.defaults)
        #expect(request.input.metadata.formatCode == Coding(code: "urn:ihe:iti:xds-sd:pdf:2008", system: CodeSystems.iheFormatCode.oid))
    }

    @Test("attachment.url is refused, attachment.data is required")
    func contentRules() throws {
        var withURL = try FHIRCorpus.documentReference(Self.file)
        withURL.content?[0].attachment?.url = "Binary/1"
        #expect(throws: FHIRError.self) { try SimplifiedPublishRequest(withURL, defaults: Self.defaults) }
        var withoutData = try FHIRCorpus.documentReference(Self.file)
        withoutData.content?[0].attachment?.data = nil
        do {
            _ = try SimplifiedPublishRequest(withoutData, defaults: Self.defaults)
            Issue.record("accepted no content")
        } catch {
            #expect(error.expression == "DocumentReference.content[0].attachment.data")
        }
    }

    @Test("Without defaults, the same DocumentReference misses what a comprehensive one needs")
    func comprehensiveNeedsEverything() throws {
        let document = try FHIRCorpus.documentReference(Self.file)
        let (_, issues) = DocumentReferenceInput.diagnose(document)
        let expressions = Set(issues.compactMap(\.expression))
        #expect(expressions.isSuperset(of: [
            "DocumentReference.category", "DocumentReference.content[0].format", "DocumentReference.context.facilityType",
            "DocumentReference.context.practiceSetting", "DocumentReference.securityLabel",
            "DocumentReference.context.period.start", "DocumentReference.content[0].attachment.language",
        ]))
    }
}
