import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// The SAX handler behind `CDAHeaderReader`: checks the root, tracks the element path, feeds
/// header elements to a `CDAHeaderAccumulator`, and stops the parser as soon as the first child
/// of `ClinicalDocument/component` tells the body kind.
final class CDAHeaderParserDelegate: NSObject, XMLParserDelegate {
    /// The HL7 v3 namespace of every CDA element.
    static let hl7Namespace = "urn:hl7-org:v3"

    /// The header collected so far.
    private(set) var accumulator = CDAHeaderAccumulator()
    /// Set when the document must be refused.
    private(set) var failure: CDAError?
    /// Set once the body kind is known; parsing then stops and the header is complete.
    private(set) var body: CDABodyKind?
    /// Whether a root element was seen at all.
    private(set) var sawRoot = false

    /// Names of the open elements, root first: a local name for `urn:hl7-org:v3` elements,
    /// `{namespace}name` for the others (which therefore never match a header path).
    private var path: [String] = []
    /// Whether `ClinicalDocument/component` has started (the header is over).
    private var inComponent = false
    /// The element whose text is being collected: its depth, its attributes and the text so far.
    private var capture: (depth: Int, attributes: [String: String], text: String)?

    private var isDone: Bool { failure != nil || body != nil }

    func parser(
        _ parser: XMLParser,
        didStartElement elementName: String,
        namespaceURI: String?,
        qualifiedName qName: String?,
        attributes attributeDict: [String: String]
    ) {
        guard !isDone else { return }
        let namespace = namespaceURI ?? ""
        let name = namespace == Self.hl7Namespace ? elementName : "{\(namespace)}\(elementName)"
        if path.isEmpty {
            sawRoot = true
            guard name == "ClinicalDocument" else {
                fail(.notClinicalDocument(root: Self.describe(elementName, namespace: namespace, qualifiedName: qName)), parser)
                return
            }
            path.append(name)
            return
        }
        path.append(name)
        let relative = path.dropFirst()
        if inComponent {
            startBodyElement(relative, attributes: attributeDict, parser)
        } else if relative.count == 1, name == "component" {
            inComponent = true
        } else if accumulator.start(relative, attributes: attributeDict), capture == nil {
            capture = (path.count, attributeDict, "")
        }
    }

    private func startBodyElement(_ relative: ArraySlice<String>, attributes: [String: String], _ parser: XMLParser) {
        let steps = Array(relative)
        switch steps.count {
        case 2:
            switch steps[1] {
            case "structuredBody": finish(.structured, parser)
            case "nonXMLBody": break  // the media type is on its `text` child
            default: finish(.missing, parser)
            }
        case 3 where steps[1] == "nonXMLBody" && steps[2] == "text":
            finish(.nonXML(
                mediaType: CDAAttributes.value(attributes, "mediaType"),
                representation: CDAAttributes.value(attributes, "representation")
            ), parser)
        default:
            break
        }
    }

    func parser(_ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?, qualifiedName qName: String?) {
        guard !isDone, !path.isEmpty else { return }
        defer { path.removeLast() }
        let depth = path.count
        if let capture, capture.depth == depth {
            accumulator.text(path.dropFirst(), attributes: capture.attributes, text: capture.text)
            self.capture = nil
        }
        switch depth {
        case 1:
            finish(.missing, parser)  // no component at all
        case 2 where inComponent:
            finish(.missing, parser)  // a component with no body
        case 3 where inComponent && path[2] == "nonXMLBody":
            finish(.nonXML(mediaType: nil, representation: nil), parser)
        default:
            if !inComponent { accumulator.end(path.dropFirst()) }
        }
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        guard !isDone, capture != nil else { return }
        capture?.text += string
    }

    func parser(_ parser: XMLParser, foundCDATA CDATABlock: Data) {
        guard !isDone, capture != nil else { return }
        capture?.text += String(decoding: CDATABlock, as: UTF8.self)
    }

    func parser(_ parser: XMLParser, parseErrorOccurred parseError: any Error) {
        let code = (parseError as NSError).code
        guard !isDone, !XMLErrorText.isWarning(code: code) else { return }
        fail(.notXML("\(XMLErrorText.describe(code: code)) at line \(parser.lineNumber)"), parser)
    }

    // Any DTD declaration means a DOCTYPE slipped past the prolog check: refuse it.

    func parser(_ parser: XMLParser, foundInternalEntityDeclarationWithName name: String, value: String?) {
        fail(.doctypeNotAllowed, parser)
    }

    func parser(_ parser: XMLParser, foundExternalEntityDeclarationWithName name: String, publicID: String?, systemID: String?) {
        fail(.doctypeNotAllowed, parser)
    }

    func parser(_ parser: XMLParser, foundUnparsedEntityDeclarationWithName name: String, publicID: String?, systemID: String?, notationName: String?) {
        fail(.doctypeNotAllowed, parser)
    }

    func parser(_ parser: XMLParser, foundElementDeclarationWithName elementName: String, model: String) {
        fail(.doctypeNotAllowed, parser)
    }

    func parser(_ parser: XMLParser, foundAttributeDeclarationWithName attributeName: String, forElement elementName: String, type: String?, defaultValue: String?) {
        fail(.doctypeNotAllowed, parser)
    }

    func parser(_ parser: XMLParser, foundNotationDeclarationWithName name: String, publicID: String?, systemID: String?) {
        fail(.doctypeNotAllowed, parser)
    }

    func parser(_ parser: XMLParser, resolveExternalEntityName name: String, systemID: String?) -> Data? {
        fail(.doctypeNotAllowed, parser)
        return nil
    }

    private func fail(_ error: CDAError, _ parser: XMLParser) {
        guard !isDone else { return }
        failure = error
        parser.abortParsing()
    }

    private func finish(_ kind: CDABodyKind, _ parser: XMLParser) {
        guard !isDone else { return }
        body = kind
        parser.abortParsing()
    }

    /// `prefix:name` when the element has a prefix, `{namespace}name` when it is in a default
    /// namespace, else `name`.
    private static func describe(_ localName: String, namespace: String, qualifiedName: String?) -> String {
        if let qualifiedName, qualifiedName.contains(":") { return qualifiedName }
        return namespace.isEmpty ? localName : "{\(namespace)}\(localName)"
    }
}
