import DMPDomain
import Foundation
import Testing

@Suite("Document metadata validation")
struct MetadataValidationTests {
    static let content = Data("%PDF-1.4 test".utf8)

    static func metadata() -> DocumentMetadata {
        let author = Author(person: Author.Person(id: "801234567897", idSystem: IDNPS.oid, family: "A", given: "B"))
        let date = Date(timeIntervalSince1970: 1_700_000_000)
        return DocumentMetadata(
            uniqueId: "1.2.3.4", classCode: Coding(code: "10", system: "1.2.250.1.213.1.1.4.1"),
            typeCode: Coding(code: "11488-4", system: "2.16.840.1.113883.6.1"),
            formatCode: Coding(code: "urn:ihe:iti:xds-sd:pdf:2008", system: "1.3.6.1.4.1.19376.1.2.3"),
            healthcareFacilityTypeCode: Coding(code: "SA07", system: "1.2.250.1.71.4.2.4"),
            practiceSettingCode: Coding(code: "AMBULATOIRE", system: "1.2.250.1.213.1.1.4.9"),
            confidentialityCodes: [ConfidentialityCode.normal], authors: [author], legalAuthenticator: nil,
            creationTime: date, serviceStartTime: date, serviceStopTime: nil, title: "CR", comments: nil,
            languageCode: "fr-FR", mimeType: "application/pdf", hash: Digest.sha1Hex(content), size: Int64(content.count),
            sourcePatientId: "x", sourcePatientInfo: [], eventCodes: [], referenceIds: [])
    }

    @Test("valid metadata passes")
    func valid() throws {
        try Self.metadata().validate(with: .bundled)
        try Self.metadata().checkContent(Self.content)
    }

    static let breakages: [(String, DMPError.Code, @Sendable (inout DocumentMetadata) -> Void)] = [
        ("uniqueId", .invalidMetadata, { $0.uniqueId = " " }),
        ("uniqueId", .invalidMetadata, { $0.uniqueId = "1.2 3" }),
        ("title", .invalidMetadata, { $0.title = "" }),
        ("typeCode", .unknownCode, { $0.typeCode.code = "00000-0" }),
        ("classCode", .classTypeMismatch, { $0.classCode.code = "43" }),
        ("formatCode", .unknownCode, { $0.formatCode.system = "2.16.840.1.113883.6.1" }),
        ("healthcareFacilityTypeCode", .unknownCode, { $0.healthcareFacilityTypeCode.code = "SA99" }),
        ("practiceSettingCode", .unknownCode, { $0.practiceSettingCode.code = "HOPITAL" }),
        ("confidentialityCode", .invalidMetadata, { $0.confidentialityCodes = [] }),
        ("confidentialityCode", .invalidMetadata, { $0.confidentialityCodes = [ConfidentialityCode.normal, ConfidentialityCode.normal] }),
        ("confidentialityCode", .invalidMetadata, { $0.confidentialityCodes = Array(repeating: ConfidentialityCode.maskedToProfessionals, count: 5) }),
        ("author", .invalidMetadata, { $0.authors = [] }),
        ("serviceStopTime", .invalidMetadata, { $0.serviceStopTime = $0.serviceStartTime.addingTimeInterval(-1) }),
        ("hash", .invalidMetadata, { $0.hash = "not-hex" }),
    ]

    @Test("each broken element is refused with its own error", arguments: breakages.indices)
    func broken(index: Int) {
        let (element, code, breakIt) = Self.breakages[index]
        var metadata = Self.metadata()
        breakIt(&metadata)
        let error = #expect(throws: DMPError.self) { try metadata.validate(with: .bundled) }
        #expect(error?.code == code)
        #expect(error?.element == element)
    }

    @Test("bytes must match size and SHA-1")
    func content() {
        #expect(throws: DMPError.self) { try Self.metadata().checkContent(Data("%PDF-1.4 tesT".utf8)) }
        let error = #expect(throws: DMPError.self) { try Self.metadata().checkContent(Data("short".utf8)) }
        #expect(error?.code == .sizeMismatch)
    }
}
