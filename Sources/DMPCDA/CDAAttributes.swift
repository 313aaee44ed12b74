/// Turns the attributes of HL7 v3 data-type elements (`II`, `CD`, `TS`, …) into model values.
/// Attribute values are trimmed; an empty value counts as absent.
enum CDAAttributes {
    /// The trimmed, non-empty value of attribute `name`.
    static func value(_ attributes: [String: String], _ name: String) -> String? {
        guard let raw = attributes[name] else { return nil }
        let trimmed = raw.trimmingXMLWhitespace()
        return trimmed.isEmpty ? nil : trimmed
    }

    /// An `II` (`root`, `extension`); `nil` when there is no `root` (e.g. `nullFlavor="NI"`).
    static func identifier(_ attributes: [String: String]) -> CDAInstanceIdentifier? {
        guard let root = value(attributes, "root") else { return nil }
        return CDAInstanceIdentifier(root: root, extensionValue: value(attributes, "extension"))
    }

    /// A `CD` (`code`, `codeSystem`, `displayName`, `codeSystemName`); `nil` when there is no `code`.
    static func code(_ attributes: [String: String]) -> CDACode? {
        guard let code = value(attributes, "code") else { return nil }
        return CDACode(
            code: code,
            codeSystem: value(attributes, "codeSystem"),
            displayName: value(attributes, "displayName"),
            codeSystemName: value(attributes, "codeSystemName")
        )
    }

    /// A `TS` from attribute `value`; `nil` when there is no `value` (e.g. `nullFlavor="UNK"`).
    static func timestamp(_ attributes: [String: String]) -> CDATimestamp? {
        value(attributes, "value").map(CDATimestamp.init)
    }
}

extension String {
    /// The string without leading and trailing XML white space (space, tab, CR, LF).
    func trimmingXMLWhitespace() -> String {
        let isSpace: (Character) -> Bool = { $0 == " " || $0 == "\t" || $0 == "\n" || $0 == "\r" || $0 == "\r\n" }
        guard let first = firstIndex(where: { !isSpace($0) }), let last = lastIndex(where: { !isSpace($0) }) else {
            return ""
        }
        return String(self[first...last])
    }

    /// The trimmed string, or `nil` when nothing is left.
    var nonEmptyTrimmed: String? {
        let trimmed = trimmingXMLWhitespace()
        return trimmed.isEmpty ? nil : trimmed
    }
}
