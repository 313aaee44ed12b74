import DMPCDA
import Foundation
import Testing

@Suite("Large documents")
struct LargeDocumentTests {
    private static let size = 30 * 1024 * 1024

    @Test("A 30 MB CDA with an embedded PDF is read from its header only")
    func hugeNonXMLBody() throws {
        var data = Data(SyntheticCDA.text(body: "").utf8)
        let closing = Data("</ClinicalDocument>\n".utf8)
        data.removeLast(closing.count)
        data.append(Data(#"<component><nonXMLBody><text mediaType="application/pdf" representation="B64">"#.utf8))
        data.append(Data(repeating: UInt8(ascii: "Q"), count: Self.size))
        data.append(Data("</text></nonXMLBody></component>".utf8))
        data.append(closing)
        #expect(data.count > Self.size)

        let header = try CDAHeaderReader.read(data)
        #expect(header.body == .nonXML(mediaType: "application/pdf", representation: "B64"))
        #expect(header.id.extensionValue == "DOC-1")
    }

    @Test("A 30 MB structured body is not parsed")
    func hugeStructuredBody() throws {
        let section = Data("<component><section><text>Lorem ipsum dolor sit amet</text></section></component>\n".utf8)
        var data = Data(SyntheticCDA.text(body: "").utf8)
        let closing = Data("</ClinicalDocument>\n".utf8)
        data.removeLast(closing.count)
        data.append(Data("<component><structuredBody>".utf8))
        var body = Data()
        body.reserveCapacity(Self.size + section.count)
        while body.count < Self.size { body.append(section) }
        data.append(body)
        data.append(Data("</structuredBody></component>".utf8))
        data.append(closing)

        let header = try CDAHeaderReader.read(data)
        #expect(header.body == .structured)
    }
}
