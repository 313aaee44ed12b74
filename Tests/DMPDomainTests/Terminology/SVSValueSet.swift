import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// The concepts of an IHE SVS value-set file (`RetrieveValueSetResponse`), the format of
/// the official ANS files in the test corpus. Read at test time only: the corpus is never
/// copied into the repository.
struct SVSValueSet {
    struct Concept: Hashable {
        let code: String
        let system: String
        let display: String?
    }

    let oid: String
    let concepts: [Concept]

    init(contentsOf url: URL) throws {
        let parser = XMLParser(data: try Data(contentsOf: url))
        let collector = Collector()
        parser.delegate = collector
        guard parser.parse() else {
            throw CocoaError(.fileReadCorruptFile, userInfo: [NSFilePathErrorKey: url.path])
        }
        oid = collector.oid
        concepts = collector.concepts
    }

    private final class Collector: NSObject, XMLParserDelegate {
        var oid = ""
        var concepts: [Concept] = []

        func parser(
            _ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?,
            qualifiedName: String?, attributes: [String: String] = [:]
        ) {
            switch elementName {
            case "ValueSet":
                oid = attributes["id"] ?? ""
            case "Concept":
                if let code = attributes["code"], let system = attributes["codeSystem"] {
                    concepts.append(Concept(code: code, system: system, display: attributes["displayName"]))
                }
            default:
                break
            }
        }
    }
}
