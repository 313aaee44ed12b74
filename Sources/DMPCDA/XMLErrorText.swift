/// Explanations for the error codes `XMLParser` reports. The codes are libxml2's
/// `xmlParserErrors`, which `XMLParser.ErrorCode` mirrors on Apple platforms.
enum XMLErrorText {
    /// libxml2 warnings (`XML_WAR_*`): the document is still well-formed, so they are not fatal.
    /// Undeclared entity (27) without DTD, catalog PI (93), unknown version (97), `xml:lang`
    /// value (98), namespace URI not a valid / not an absolute URI (99, 100), `xml:space` value
    /// (102), colon in a name (106), entity redefined (107).
    static let warningCodes: Set<Int> = [27, 93, 97, 98, 99, 100, 102, 106, 107]

    /// Whether `code` is only a warning.
    static func isWarning(code: Int) -> Bool {
        warningCodes.contains(code)
    }

    /// A phrase describing error `code`, always ending with the code itself.
    static func describe(code: Int) -> String {
        let text: String
        switch code {
        case 4: text = "the document is empty or has no root element"
        case 5: text = "the document ends prematurely, or has content after its root element"
        case 8, 9: text = "invalid character"
        case 26: text = "reference to an undeclared entity"
        case 38...42: text = "malformed attribute"
        case 45, 47: text = "unfinished comment or processing instruction"
        case 68: text = "element or attribute name expected"
        case 73: text = "'>' expected"
        case 76: text = "end tag does not match its start tag"
        case 77: text = "unfinished tag"
        case 200...205: text = "namespace error"
        default: text = "malformed XML"
        }
        return "\(text) (XML parser error \(code))"
    }
}
