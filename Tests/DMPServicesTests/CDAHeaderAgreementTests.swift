import DMPTestSupport
import DMPDomain
import DMPServices
import Foundation
import Testing

/// A CDA's header must agree with its XDS metadata; each disagreement is its own refusal.
@Suite("CDA header and metadata agreement")
struct CDAHeaderAgreementTests {
    /// Metadata that agrees with the corpus VAC-NOTE example.
    static func vaccinationNote() throws -> DocumentSubmission {
        let content = try TestCorpus.data("cda/ans/VAC-NOTE_2023.01.xml")
        let type = Fixtures.type("87273-9")
        var metadata = Fixtures.pdfMetadata(
            uniqueId: "1.2.250.1.213.1.1.1.46.2023.1.1", content: content, typeCode: type, title: "NOTE DE VACCINATION",
            creation: Date(timeIntervalSince1970: 1_617_978_900))
        metadata.mimeType = "text/xml"
        metadata.formatCode = Coding(code: "urn:asip:ci-sis:vac-note:2021", system: "1.2.250.1.213.1.1.4.2.282")
        return DocumentSubmission(metadata: metadata, content: content)
    }

    @Test("metadata agreeing with the header is accepted", arguments: TestDatabase.all)
    func agreeing(database: TestDatabase) async throws {
        try await TestDMP.with(database) { dmp in
            let result = try await dmp.services.publish(Fixtures.submission([try Self.vaccinationNote()]), actor: Fixtures.gp)
            #expect(result.documents.count == 1)
        }
    }

    static let disagreements: [(String, @Sendable (inout DocumentSubmission) -> Void)] = [
        ("uniqueId", { $0.metadata.uniqueId = "1.2.250.1.213.1.1.1.46.2023.1.2" }),
        ("typeCode", { $0.metadata.typeCode = Fixtures.type("11369-6"); $0.metadata.classCode = Terminology.bundled.classCodes(forType: Fixtures.type("11369-6"))[0] }),
        ("title", { $0.metadata.title = "Note de vaccination (autre)" }),
        ("creationTime", { $0.metadata.creationTime = $0.metadata.creationTime.addingTimeInterval(3600) }),
        ("confidentialityCode", { $0.metadata.confidentialityCodes = [ConfidentialityCode.restricted] }),
        ("author", { $0.metadata.authors = [Fixtures.author(Fixtures.nurseIDNPS)] }),
    ]

    @Test("each disagreement is refused naming the element", arguments: TestDatabase.all, disagreements.indices)
    func disagreeing(database: TestDatabase, index: Int) async throws {
        let (element, change) = Self.disagreements[index]
        try await TestDMP.with(database) { dmp in
            var document = try Self.vaccinationNote()
            change(&document)
            let error = await #expect(throws: DMPError.self) {
                try await dmp.services.publish(Fixtures.submission([document]), actor: Fixtures.gp)
            }
            #expect(error?.code == .headerMismatch)
            #expect(error?.element == element)
            #expect(try await dmp.registryRows(Fixtures.patient) == 0)
        }
    }

    @Test("a CDA about another patient is refused", arguments: TestDatabase.all)
    func otherPatient(database: TestDatabase) async throws {
        try await TestDMP.with(database) { dmp in
            let document = try Self.vaccinationNote()
            let error = await #expect(throws: DMPError.self) {
                try await dmp.services.publish(Fixtures.submission([document], for: Fixtures.otherPatient), actor: Fixtures.gp)
            }
            #expect(error?.code == .headerMismatch)
            #expect(error?.element == "recordTarget/patientRole/id")
        }
    }

    @Test("XML that is not a ClinicalDocument is refused as invalid CDA", arguments: TestDatabase.all)
    func notClinicalDocument(database: TestDatabase) async throws {
        try await TestDMP.with(database) { dmp in
            let content = try TestCorpus.data("cda/ans/BIO-CR-BIO_2021.01_Auto-Presentable.xml")
            var metadata = Fixtures.pdfMetadata(content: content, typeCode: Fixtures.type("11502-2"))
            metadata.mimeType = "text/xml"
            let error = await #expect(throws: DMPError.self) {
                try await dmp.services.publish(Fixtures.submission([DocumentSubmission(metadata: metadata, content: content)]), actor: Fixtures.gp)
            }
            #expect(error?.code == .invalidCDA)
        }
    }
}
