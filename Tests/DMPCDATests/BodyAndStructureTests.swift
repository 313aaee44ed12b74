import DMPCDA
import Foundation
import Testing

@Suite("Header structure and body kind")
struct BodyAndStructureTests {
    @Test("Body kinds", arguments: [
        (SyntheticCDA.structuredBody, CDABodyKind.structured),
        (#"<component><nonXMLBody><text mediaType="text/plain">hello</text></nonXMLBody></component>"#,
         CDABodyKind.nonXML(mediaType: "text/plain", representation: nil)),
        ("<component><nonXMLBody/></component>", CDABodyKind.nonXML(mediaType: nil, representation: nil)),
        ("<component/>", CDABodyKind.missing),
        ("", CDABodyKind.missing),
    ])
    func bodyKinds(_ body: String, _ expected: CDABodyKind) throws {
        let header = try CDAHeaderReader.read(SyntheticCDA.data(body: body))
        #expect(header.body == expected)
    }

    @Test("Parsing stops at the body: what follows is never read")
    func stopsAtBody() throws {
        let text = SyntheticCDA.text(body: "<component><structuredBody><broken attr=></component>")
        let header = try CDAHeaderReader.read(Data(text.utf8))
        #expect(header.body == .structured)

        let unterminated = SyntheticCDA.text(body: #"<component><nonXMLBody><text mediaType="application/pdf" representation="B64">JVBERi0xLjQK"#)
        let cut = try #require(unterminated.range(of: "</ClinicalDocument>"))
        let data = Data(unterminated[..<cut.lowerBound].utf8)
        #expect(try CDAHeaderReader.read(data).body == .nonXML(mediaType: "application/pdf", representation: "B64"))
    }

    @Test("Only direct children of ClinicalDocument count, and only in the HL7 v3 namespace")
    func pathTracking() throws {
        let header = try CDAHeaderReader.read(SyntheticCDA.data(header: [
            #"<x:id xmlns:x="urn:example:other" root="9.9.9"/>"#,
            #"<x:code xmlns:x="urn:example:other" code="WRONG"/>"#,
            SyntheticCDA.recordTarget,  // its id is the patient's, not the document's
            SyntheticCDA.id, SyntheticCDA.code, SyntheticCDA.effectiveTime,
            #"<componentOf><encompassingEncounter><id root="7.7.7"/><code code="AMB"/><effectiveTime><low value="2020"/></effectiveTime></encompassingEncounter></componentOf>"#,
        ]))
        #expect(header.id == CDAInstanceIdentifier(root: "1.2.250.1.999.1", extensionValue: "DOC-1"))
        #expect(header.code.code == "11488-4")
        #expect(header.effectiveTime.raw == "20240315101500+0100")
        #expect(header.patient.ids == [CDAInstanceIdentifier(root: "1.2.250.1.213.1.4.8", extensionValue: "277076322082910")])
    }

    @Test("Parser warnings (an odd namespace URI, a bad xml:lang) do not refuse the document")
    func warningsAreTolerated() throws {
        let data = SyntheticCDA.data(
            header: SyntheticCDA.requiredHeader + [#"<title xml:lang="not a language">T</title>"#],
            rootAttributes: #"xmlns="urn:hl7-org:v3" xmlns:odd="not a uri" xmlns:rel="relative/path""#)
        let header = try CDAHeaderReader.read(data)
        #expect(header.title == "T")
    }

    @Test("A ClinicalDocument with a namespace prefix is read")
    func prefixedDocument() throws {
        let text = """
            <cda:ClinicalDocument xmlns:cda="urn:hl7-org:v3">
              <cda:id root="1.2.3"/><cda:code code="X" codeSystem="1.2"/><cda:effectiveTime value="2024"/>
              <cda:recordTarget><cda:patientRole><cda:id root="4.5.6" extension="P"/></cda:patientRole></cda:recordTarget>
              <cda:component><cda:structuredBody/></cda:component>
            </cda:ClinicalDocument>
            """
        let header = try CDAHeaderReader.read(Data(text.utf8))
        #expect(header.id == CDAInstanceIdentifier(root: "1.2.3"))
        #expect(header.effectiveTime.date == utc("2024-01-01T00:00:00Z"))
        #expect(header.body == .structured)
    }

    @Test("A UTF-16 document with a byte-order mark is read")
    func utf16Document() throws {
        let text = SyntheticCDA.text(prolog: #"<?xml version="1.0" encoding="UTF-16"?>"#)
        let data = try #require(text.data(using: .utf16))
        #expect(CDAFormatSniffer.looksLikeXML(data))
        let header = try CDAHeaderReader.read(data)
        #expect(header.id.extensionValue == "DOC-1")
    }

    @Test("Entities and CDATA in text are decoded, white space around names trimmed")
    func textDecoding() throws {
        let header = try CDAHeaderReader.read(SyntheticCDA.data(header: SyntheticCDA.requiredHeader + [
            "<title>\n   Compte rendu &amp; synth&#232;se <![CDATA[<v2>]]>  \n</title>",
            #"<author><time value="20240315"/><assignedAuthor><id root="1.2.250.1.71.4.2.1" extension="8001"/><assignedPerson><name><given> Jean </given><given>Paul</given><family qualifier="SP">  MARTIN </family><prefix>DR</prefix></name><name><family>IGNORED</family></name></assignedPerson></assignedAuthor></author>"#,
        ]))
        #expect(header.title == "Compte rendu & synthèse <v2>")
        let person = try #require(header.authors.first?.person)
        #expect(person.given == [CDANamePart(value: "Jean"), CDANamePart(value: "Paul")])
        #expect(person.family == [CDANamePart(value: "MARTIN", qualifier: "SP")])
        #expect(person.prefix == "DR")
    }

    @Test("Only the first recordTarget gives the patient")
    func firstRecordTarget() throws {
        let header = try CDAHeaderReader.read(SyntheticCDA.data(header: SyntheticCDA.requiredHeader + [
            #"<recordTarget><patientRole><id root="9.9" extension="SECOND"/></patientRole></recordTarget>"#,
        ]))
        #expect(header.patient.ids.map(\.extensionValue) == ["277076322082910"])
    }

    @Test("The header survives a JSON round trip; identifiers use the key `extension`")
    func codable() throws {
        let header = try readCorpusHeader("cda/ans/DOC_NON_STRUCTURE_CDA-R2-N1.xml")
        let json = try JSONEncoder().encode(header)
        let decoded = try JSONDecoder().decode(CDAHeader.self, from: json)
        #expect(decoded == header)
        let idJSON = try JSONEncoder().encode(CDAInstanceIdentifier(root: "1.2", extensionValue: "X"))
        let object = try JSONSerialization.jsonObject(with: idJSON) as? [String: String]
        #expect(object == ["root": "1.2", "extension": "X"])
    }
}
