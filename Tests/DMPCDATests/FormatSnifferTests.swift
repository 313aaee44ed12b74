import DMPCDA
import Foundation
import Testing

@Suite("Format sniffing")
struct FormatSnifferTests {
    @Test("Looks like XML", arguments: [
        Data("<?xml version=\"1.0\"?><a/>".utf8),
        Data([0xEF, 0xBB, 0xBF]) + Data("\n  <ClinicalDocument/>".utf8),
        Data(" \t\r\n<a/>".utf8),
        "<a/>".data(using: .utf16)!,
        "<a/>".data(using: .utf16BigEndian)!,
        "<a/>".data(using: .utf16LittleEndian)!,
    ])
    func looksLikeXML(_ data: Data) {
        #expect(CDAFormatSniffer.looksLikeXML(data))
    }

    @Test("Does not look like XML", arguments: [
        Data(), Data("   ".utf8), Data("%PDF-1.7".utf8), Data(#"{"a": "<b>"}"#.utf8), Data([0xEF, 0xBB, 0xBF]),
        Data("x<a/>".utf8),
    ])
    func doesNotLookLikeXML(_ data: Data) {
        #expect(!CDAFormatSniffer.looksLikeXML(data))
    }

    @Test("Corpus files: CDA yes, PDF no")
    func corpus() throws {
        #expect(CDAFormatSniffer.looksLikeXML(try TestCorpus.data("cda/ans/eP-MED-DM_2024.01_PosoStruct.xml")))
        #expect(CDAFormatSniffer.looksLikeXML(try TestCorpus.data("cda/hl7-ccda/Discharge_Summary.xml")))
        #expect(!CDAFormatSniffer.looksLikeXML(try TestCorpus.data("pdf/hl7-ccda/C-CDA_R2_UD_sample.pdf")))
    }
}
