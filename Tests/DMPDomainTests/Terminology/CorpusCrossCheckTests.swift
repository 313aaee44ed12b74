import DMPDomain
import Foundation
import Testing

/// Cross-checks against the official ANS SVS files and example CDA documents of the
/// shared test corpus, read where they are.
@Suite("Cross-check with the ANS corpus")
struct CorpusCrossCheckTests {
    let terminology = Terminology.bundled

    static let pairs: [(String, ValueSetID)] = [
        ("JDV_J07_XdsTypeCode_CISIS.xml", .typeCode),
        ("JDV_J02_XdsHealthcareFacilityTypeCode_CISIS.xml", .healthcareFacilityType),
        ("JDV_J04_XdsPracticeSettingCode_CISIS.xml", .practiceSetting),
        // J08 is the generic confidentiality set; the DMP's J58 must cover it.
        ("JDV_J08_XdsConfidentialityCode_CISIS.xml", .confidentiality),
    ]

    @Test("every concept of the official value set is in ours", arguments: pairs)
    func coversOfficialValueSet(_ file: String, _ id: ValueSetID) throws {
        let url = try TerminologyTestSupport.corpusDirectory()
            .appendingPathComponent("terminology/ans").appendingPathComponent(file)
        let official = try SVSValueSet(contentsOf: url)
        let ours = terminology.valueSet(id)

        let missing = official.concepts.filter { concept in
            !ours.contains(Coding(code: concept.code, system: concept.system))
        }

        #expect(!official.concepts.isEmpty)
        #expect(missing.isEmpty, "missing from \(id): \(missing.map { "\($0.code) [\($0.system)] \($0.display ?? "")" })")
    }

    @Test("our typeCode set keeps the official J07 OID")
    func sameTypeCodeOID() throws {
        let url = try TerminologyTestSupport.corpusDirectory()
            .appendingPathComponent("terminology/ans/JDV_J07_XdsTypeCode_CISIS.xml")
        #expect(try SVSValueSet(contentsOf: url).oid == terminology.valueSet(.typeCode).oid)
    }

    @Test("the typeCode of every example CDA is in J07 and has a class")
    func corpusCDATypeCodes() throws {
        let directory = try TerminologyTestSupport.corpusDirectory().appendingPathComponent("cda/ans")
        let files = try FileManager.default.contentsOfDirectory(atPath: directory.path)
            .filter { $0.hasSuffix(".xml") }
            .sorted()
        var checked = 0
        for file in files {
            let text = try String(contentsOf: directory.appendingPathComponent(file), encoding: .utf8)
            guard let type = Self.documentCode(in: text) else {
                Issue.record("\(file): no ClinicalDocument/code")
                continue
            }
            #expect(terminology.valueSet(.typeCode).contains(type), "\(file): \(type)")
            #expect(!terminology.classCodes(forType: type).isEmpty, "\(file): \(type)")
            checked += 1
        }
        #expect(checked == files.count)
        #expect(checked > 10)
    }

    /// The first `code` element after the `ClinicalDocument` start tag, which the CDA
    /// header schema places before any other `code` (a prefix is allowed for documents
    /// embedded in an XSLT, as in the "auto-présentable" example).
    static func documentCode(in text: String) -> Coding? {
        guard let root = text.firstMatch(of: /<(?:\w+:)?ClinicalDocument[\s>]/) else { return nil }
        let rest = text[root.range.upperBound...]
        guard let element = rest.firstMatch(of: /<(?:\w+:)?code\s[^>]*>/) else { return nil }
        let tag = String(element.output)
        guard let code = tag.firstMatch(of: /\scode="([^"]*)"/)?.output.1,
              let system = tag.firstMatch(of: /codeSystem="([^"]*)"/)?.output.1
        else { return nil }
        return Coding(code: String(code), system: String(system))
    }
}
