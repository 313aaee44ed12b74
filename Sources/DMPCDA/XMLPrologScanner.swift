import Foundation

/// Looks at what comes before the root element (XML declaration, processing instructions,
/// comments, white space) so that a DOCTYPE is refused before the parser ever sees it.
enum XMLPrologScanner {
    /// What the prolog leads to.
    enum Outcome: Equatable {
        /// A start tag (or other markup the parser will judge) follows the prolog.
        case rootElement
        /// A `<!DOCTYPE` declaration.
        case doctype
        /// Something other than markup or white space (the data is not XML).
        case unexpectedContent
        /// The data ends inside the prolog, before any element.
        case endOfData
    }

    /// Scans the prolog of `data`.
    static func scan(_ data: Data) -> Outcome {
        data.withUnsafeBytes { bytes in
            let reader = XMLCodeUnitReader(bytes)
            var index = 0
            while true {
                index = reader.skipWhitespace(from: index)
                guard let unit = reader.unit(at: index) else { return .endOfData }
                guard unit == UInt32(UInt8(ascii: "<")) else { return .unexpectedContent }
                if reader.matches("<?", at: index) {
                    guard let end = reader.firstIndex(of: "?>", from: index + 2) else { return .endOfData }
                    index = end + 2
                } else if reader.matches("<!--", at: index) {
                    guard let end = reader.firstIndex(of: "-->", from: index + 4) else { return .endOfData }
                    index = end + 3
                } else if reader.matches("<!DOCTYPE", at: index, ignoringCase: true) {
                    return .doctype
                } else {
                    return .rootElement
                }
            }
        }
    }
}
