import DMPCDA
import Foundation
import Testing

@Suite("Corpus: every CDA file")
struct CorpusHeaderTests {
    @Test("Header values match what the file says", arguments: ExpectedHeader.all)
    func headerMatches(_ expected: ExpectedHeader) throws {
        let header = try readCorpusHeader(expected.file)
        #expect(header.id == expected.id)
        #expect(header.code.code == expected.code)
        #expect(header.code.codeSystem == expected.codeSystem)
        #expect(header.effectiveTime.raw == expected.effectiveTime)
        #expect(header.effectiveTime.date == utc(expected.effectiveUTC))
        #expect(header.effectiveTime.date != nil)
        #expect(header.setId == expected.setId)
        #expect(header.versionNumber == expected.version)
        #expect(header.patient.ids.first == expected.firstPatientId)
        #expect(header.confidentialityCode?.code == expected.confidentiality)
        #expect(header.confidentialityCode?.codeSystem == "2.16.840.1.113883.5.25")
        #expect(header.authors.map(\.ids) == expected.authorIds)
        #expect(header.body == expected.body)
    }

    @Test("Files that are not ClinicalDocuments are refused, naming their root", arguments: ExpectedHeader.refused.keys.sorted())
    func refused(_ file: String) throws {
        let data = try TestCorpus.data(file)
        let expected = try #require(ExpectedHeader.refused[file])
        #expect(throws: expected) { try CDAHeaderReader.read(data) }
    }

    @Test("Every CDA file of the corpus has expectations", arguments: ["cda/ans", "cda/hl7-ccda"])
    func everyFileIsCovered(_ directory: String) throws {
        let files = try TestCorpus.xmlFiles(in: directory)
        #expect(!files.isEmpty)
        let known = Set(ExpectedHeader.all.map(\.file)).union(ExpectedHeader.refused.keys)
        for file in files {
            #expect(known.contains(file), "no expectations for \(file)")
        }
    }

    @Test("Every CDA file of the corpus is read or refused as expected", arguments: ["cda/ans", "cda/hl7-ccda"])
    func everyFileParses(_ directory: String) throws {
        for file in try TestCorpus.xmlFiles(in: directory) {
            let data = try TestCorpus.data(file)
            if let refusal = ExpectedHeader.refused[file] {
                #expect(throws: refusal) { try CDAHeaderReader.read(data) }
            } else {
                let header = try CDAHeaderReader.read(data)
                #expect(!header.patient.ids.isEmpty, "\(file)")
                #expect(!header.authors.isEmpty, "\(file)")
                #expect(header.title != nil, "\(file)")
                #expect(header.languageCode != nil, "\(file)")
                #expect(!header.templateIds.isEmpty, "\(file)")
                #expect(header.custodian != nil, "\(file)")
            }
        }
    }
}
