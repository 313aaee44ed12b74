/// Writes a JSON tree as text, dropping what FHIR forbids: `null`, empty strings, empty
/// arrays and empty objects (a member whose value is empty after that is dropped too). The models and
/// builders already leave them out; this makes it hold for any resource built by hand.
enum JSONText {
    /// The JSON text of `value`, indented by two spaces when `pretty`.
    static func write(_ value: JSONNode.Value, pretty: Bool) -> String {
        var output = ""
        write(pruned(value) ?? .object([]), into: &output, pretty: pretty, indent: 0)
        return output
    }

    /// The value without nulls and empty containers; nil when nothing is left.
    static func pruned(_ value: JSONNode.Value) -> JSONNode.Value? {
        switch value {
        case .null: return nil
        case .string(let text) where text.isEmpty: return nil
        case .array(let items):
            let kept = items.compactMap(pruned)
            return kept.isEmpty ? nil : .array(kept)
        case .object(let members):
            let kept = members.compactMap { member in pruned(member.1).map { (member.0, $0) } }
            return kept.isEmpty ? nil : .object(kept)
        default: return value
        }
    }

    private static func write(_ value: JSONNode.Value, into output: inout String, pretty: Bool, indent: Int) {
        let newline = pretty ? "\n" + String(repeating: "  ", count: indent + 1) : ""
        let closing = pretty ? "\n" + String(repeating: "  ", count: indent) : ""
        switch value {
        case .null: output += "null"
        case .bool(let flag): output += flag ? "true" : "false"
        case .number(let text): output += text
        case .string(let text): string(text, into: &output)
        case .array(let items):
            output += "["
            for (index, item) in items.enumerated() {
                output += (index == 0 ? "" : ",") + newline
                write(item, into: &output, pretty: pretty, indent: indent + 1)
            }
            output += closing + "]"
        case .object(let members):
            output += "{"
            for (index, member) in members.enumerated() {
                output += (index == 0 ? "" : ",") + newline
                string(member.0, into: &output)
                output += pretty ? ": " : ":"
                write(member.1, into: &output, pretty: pretty, indent: indent + 1)
            }
            output += closing + "}"
        }
    }

    /// RFC 8259 string escaping; `/` and non-ASCII characters are written as they are.
    private static func string(_ text: String, into output: inout String) {
        output += "\""
        // Most strings need no escaping: append them whole rather than scalar by scalar
        // (the scalar loop dominated search responses in profiles).
        if !text.utf8.contains(where: { $0 < 0x20 || $0 == UInt8(ascii: "\"") || $0 == UInt8(ascii: "\\") }) {
            output += text
            output += "\""
            return
        }
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": output += "\\\""
            case "\\": output += "\\\\"
            case "\n": output += "\\n"
            case "\r": output += "\\r"
            case "\t": output += "\\t"
            case _ where scalar.value < 0x20:
                let hex = String(scalar.value, radix: 16)
                output += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
            default: output.unicodeScalars.append(scalar)
            }
        }
        output += "\""
    }
}
