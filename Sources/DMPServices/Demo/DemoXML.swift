/// XML escaping for the generated CDA documents: every inserted text goes through it, names
/// like `D'ARTOIS` and narratives with `&` or `<` included, so that no value can break the
/// document or inject markup.
enum DemoXML {
    /// `text` safe in element content and in double- or single-quoted attributes.
    static func escape(_ text: String) -> String {
        var escaped = ""
        escaped.reserveCapacity(text.utf8.count)
        for character in text {
            switch character {
            case "&": escaped += "&amp;"
            case "<": escaped += "&lt;"
            case ">": escaped += "&gt;"
            case "\"": escaped += "&quot;"
            case "'": escaped += "&apos;"
            default: escaped.append(character)
            }
        }
        return escaped
    }
}
