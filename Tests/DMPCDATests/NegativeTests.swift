import DMPCDA
import Foundation
import Testing

@Suite("Refused documents")
struct NegativeTests {
    @Test("Data that is not XML", arguments: [
        "%PDF-1.4\n%âãÏÓ\n1 0 obj",
        #"{"resourceType": "Bundle"}"#,
        "",
        "   \n\t",
        "hello <world/>",
    ])
    func notXML(_ text: String) {
        #expect {
            try CDAHeaderReader.read(Data(text.utf8))
        } throws: { error in
            guard case .notXML = error as? CDAError else { return false }
            return true
        }
    }

    @Test("A DOCTYPE with an entity (billion laughs) is refused before parsing")
    func doctypeWithEntity() {
        let lol = """
            <?xml version="1.0"?>
            <!DOCTYPE ClinicalDocument [
              <!ENTITY lol "lol">
              <!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
              <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
            ]>
            <ClinicalDocument xmlns="urn:hl7-org:v3"><title>&lol3;</title></ClinicalDocument>
            """
        #expect(throws: CDAError.doctypeNotAllowed) { try CDAHeaderReader.read(Data(lol.utf8)) }
    }

    @Test("A DOCTYPE is refused wherever it sits in the prolog, whatever the encoding")
    func doctypeVariants() throws {
        let external = SyntheticCDA.text(prolog: SyntheticCDA.declaration + "\n<!-- c --><?pi x?>\n" + #"<!DOCTYPE ClinicalDocument SYSTEM "file:///etc/passwd">"#)
        #expect(throws: CDAError.doctypeNotAllowed) { try CDAHeaderReader.read(Data(external.utf8)) }

        let noDeclaration = SyntheticCDA.text(prolog: #"<!DOCTYPE ClinicalDocument [<!ENTITY x "y">]>"#)
        #expect(throws: CDAError.doctypeNotAllowed) { try CDAHeaderReader.read(Data(noDeclaration.utf8)) }

        let utf16 = SyntheticCDA.text(prolog: #"<?xml version="1.0" encoding="UTF-16"?><!DOCTYPE ClinicalDocument [<!ENTITY x "y">]>"#)
        let utf16Data = try #require(utf16.data(using: .utf16))
        #expect(throws: CDAError.doctypeNotAllowed) { try CDAHeaderReader.read(utf16Data) }
    }

    @Test("A root other than ClinicalDocument is named in the error")
    func nonCDARoot() {
        let fhir = Data(#"<Bundle xmlns="http://hl7.org/fhir"><id value="x"/></Bundle>"#.utf8)
        #expect(throws: CDAError.notClinicalDocument(root: "{http://hl7.org/fhir}Bundle")) { try CDAHeaderReader.read(fhir) }

        let plain = Data("<html><body/></html>".utf8)
        #expect(throws: CDAError.notClinicalDocument(root: "html")) { try CDAHeaderReader.read(plain) }

        let prefixed = Data(#"<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform"/>"#.utf8)
        #expect(throws: CDAError.notClinicalDocument(root: "xsl:stylesheet")) { try CDAHeaderReader.read(prefixed) }
    }

    @Test("A ClinicalDocument in the wrong namespace, or in none, is refused")
    func wrongNamespace() {
        let wrong = SyntheticCDA.data(rootAttributes: #"xmlns="urn:hl7-org:v2""#)
        #expect(throws: CDAError.notClinicalDocument(root: "{urn:hl7-org:v2}ClinicalDocument")) { try CDAHeaderReader.read(wrong) }

        let none = SyntheticCDA.data(rootAttributes: "")
        #expect(throws: CDAError.notClinicalDocument(root: "ClinicalDocument")) { try CDAHeaderReader.read(none) }

        let wrongPrefix = Data(#"<v3:ClinicalDocument xmlns:v3="urn:hl7-org:v4"/>"#.utf8)
        #expect(throws: CDAError.notClinicalDocument(root: "v3:ClinicalDocument")) { try CDAHeaderReader.read(wrongPrefix) }
    }

    @Test("A ClinicalDocument without id is refused, even though the patient has one")
    func missingDocumentId() {
        let data = SyntheticCDA.data(header: [SyntheticCDA.code, SyntheticCDA.effectiveTime, SyntheticCDA.recordTarget])
        #expect(throws: CDAError.missingElement("ClinicalDocument/id")) { try CDAHeaderReader.read(data) }
    }

    @Test("Other required header elements", arguments: [
        (SyntheticCDA.code, CDAError.missingElement("ClinicalDocument/code")),
        (SyntheticCDA.effectiveTime, CDAError.missingElement("ClinicalDocument/effectiveTime")),
        (SyntheticCDA.recordTarget, CDAError.missingElement("recordTarget/patientRole")),
    ])
    func missingRequired(_ omitted: String, _ expected: CDAError) {
        let data = SyntheticCDA.data(header: SyntheticCDA.requiredHeader.filter { $0 != omitted })
        #expect(throws: expected) { try CDAHeaderReader.read(data) }
    }

    @Test("Required elements present but empty or unusable")
    func unusableRequired() {
        let nullId = SyntheticCDA.data(header: [#"<id nullFlavor="NI"/>"#, SyntheticCDA.code, SyntheticCDA.effectiveTime, SyntheticCDA.recordTarget])
        #expect(throws: CDAError.missingElement("ClinicalDocument/id/@root")) { try CDAHeaderReader.read(nullId) }

        let nullCode = SyntheticCDA.data(header: [SyntheticCDA.id, #"<code nullFlavor="UNK"/>"#, SyntheticCDA.effectiveTime, SyntheticCDA.recordTarget])
        #expect(throws: CDAError.missingElement("ClinicalDocument/code/@code")) { try CDAHeaderReader.read(nullCode) }

        let badTime = SyntheticCDA.data(header: [SyntheticCDA.id, SyntheticCDA.code, #"<effectiveTime value="2024-03-15"/>"#, SyntheticCDA.recordTarget])
        #expect(throws: CDAError.invalidValue(element: "ClinicalDocument/effectiveTime", value: "2024-03-15")) { try CDAHeaderReader.read(badTime) }

        let noPatientRole = SyntheticCDA.data(header: [SyntheticCDA.id, SyntheticCDA.code, SyntheticCDA.effectiveTime, "<recordTarget/>"])
        #expect(throws: CDAError.missingElement("recordTarget/patientRole")) { try CDAHeaderReader.read(noPatientRole) }

        let badVersion = SyntheticCDA.data(header: SyntheticCDA.requiredHeader + [#"<versionNumber value="two"/>"#])
        #expect(throws: CDAError.invalidValue(element: "ClinicalDocument/versionNumber", value: "two")) { try CDAHeaderReader.read(badVersion) }

        let untyped = SyntheticCDA.data(header: SyntheticCDA.requiredHeader + [#"<relatedDocument><parentDocument><id root="1.2"/></parentDocument></relatedDocument>"#])
        #expect(throws: CDAError.missingElement("relatedDocument/@typeCode")) { try CDAHeaderReader.read(untyped) }
    }

    @Test("A file truncated inside its header is not well-formed XML")
    func truncatedCorpusFile() throws {
        let data = try TestCorpus.data("cda/ans/VAC_2023.01.xml")
        let header = try CDAHeaderReader.read(data)
        #expect(header.id.root == "1.2.250.1.213.1.1.1.37.2023.1.1")
        // The header runs from byte 1477 to byte 10842 (`<component>`).
        for length in [1, 100, 1_500, 2_000, 6_000, 10_800] {
            #expect(throws: CDAError.self, "truncated at \(length)") { try CDAHeaderReader.read(data.prefix(length)) }
            #expect {
                try CDAHeaderReader.read(data.prefix(length))
            } throws: { error in
                guard case .notXML = error as? CDAError else { return false }
                return true
            }
        }
    }

    @Test("Synthetic documents cut inside the header")
    func truncatedSynthetic() {
        let text = SyntheticCDA.text()
        let cutPoints = ["<recordTarget>", "<code code=", "</ClinicalDocument"]
        for marker in cutPoints {
            guard let range = text.range(of: marker) else {
                Issue.record("marker \(marker) not found")
                continue
            }
            let prefix = Data(text[..<range.lowerBound].utf8)
            if marker == "</ClinicalDocument" {
                // The body kind was already known: the header is complete.
                #expect(throws: Never.self) { try CDAHeaderReader.read(prefix) }
            } else {
                #expect {
                    try CDAHeaderReader.read(prefix)
                } throws: { error in
                    guard case .notXML = error as? CDAError else { return false }
                    return true
                }
            }
        }
    }

    @Test("Mismatched tags in the header")
    func mismatchedTags() {
        let data = SyntheticCDA.data(header: SyntheticCDA.requiredHeader + ["<title>Note</titel>"])
        #expect {
            try CDAHeaderReader.read(data)
        } throws: { error in
            guard case .notXML(let message) = error as? CDAError else { return false }
            return message.contains("line")
        }
    }

    @Test("Namespace errors and invalid bytes are not well-formed XML")
    func namespaceAndEncodingErrors() {
        let undefinedPrefix = SyntheticCDA.data(header: SyntheticCDA.requiredHeader + ["<sdtc:raceCode code=\"x\"/>"])
        var invalidUTF8 = SyntheticCDA.data(header: SyntheticCDA.requiredHeader + ["<title>ABC</title>"])
        let title = Data("ABC".utf8)
        if let range = invalidUTF8.range(of: title) {
            invalidUTF8.replaceSubrange(range, with: Data([0x41, 0xFF, 0xFE]))
        }
        for data in [undefinedPrefix, invalidUTF8] {
            #expect {
                try CDAHeaderReader.read(data)
            } throws: { error in
                guard case .notXML(let message) = error as? CDAError else { return false }
                return message.contains("XML parser error")
            }
        }
    }

    @Test("Every error explains itself in a sentence")
    func descriptions() {
        let errors: [CDAError] = [
            .notXML("'>' expected at line 3"), .doctypeNotAllowed, .notClinicalDocument(root: "xsl:stylesheet"),
            .missingElement("ClinicalDocument/id"), .invalidValue(element: "ClinicalDocument/versionNumber", value: "two"),
        ]
        for error in errors {
            #expect(error.description.hasSuffix("."))
            #expect(error.description.count > 30)
        }
        #expect(CDAError.notClinicalDocument(root: "xsl:stylesheet").description.contains("xsl:stylesheet"))
        #expect(CDAError.missingElement("ClinicalDocument/id").description.contains("ClinicalDocument/id"))
        #expect(CDAError.invalidValue(element: "a/b", value: "two").description.contains("\"two\""))
    }
}
