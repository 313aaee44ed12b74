/// One `name=value` pair of a search, as the HTTP layer decoded it from the query string
/// or the form body (repeated names are kept: repetition means AND).
public struct SearchParameter: Hashable, Sendable {
    /// Parameter name, possibly with a modifier (`author.family:exact`).
    public var name: String
    /// Raw value (percent-decoded; FHIR escapes `\,` `\|` `\$` `\\` still in place).
    public var value: String

    /// Creates a pair.
    public init(_ name: String, _ value: String) {
        self.name = name
        self.value = value
    }
}

/// FHIR search value syntax: comma-separated alternatives (OR), `system|code` tokens, with
/// backslash escapes.
enum SearchValueSyntax {
    /// The alternatives of a value, unescaped except for `|` (tokens split it afterwards).
    static func alternatives(_ value: String) -> [String] {
        split(value, on: ",").map { unescape($0, keepingPipe: true) }
    }

    /// A token `[system|]code`: system nil when there is no `|`, empty when `|code`.
    static func token(_ value: String) -> (system: String?, code: String) {
        let parts = split(value, on: "|")
        if parts.count >= 2 {
            return (unescape(parts[0], keepingPipe: false), unescape(parts.dropFirst().joined(separator: "|"), keepingPipe: false))
        }
        return (nil, unescape(value, keepingPipe: false))
    }

    /// Splits on `separator` not preceded by a backslash; escapes are left for `unescape`.
    private static func split(_ value: String, on separator: Character) -> [String] {
        var parts: [String] = []
        var current = ""
        var escaped = false
        for character in value {
            if escaped {
                current.append("\\")
                current.append(character)
                escaped = false
            } else if character == "\\" {
                escaped = true
            } else if character == separator {
                parts.append(current)
                current = ""
            } else {
                current.append(character)
            }
        }
        if escaped { current.append("\\") }
        parts.append(current)
        return parts
    }

    private static func unescape(_ value: String, keepingPipe: Bool) -> String {
        var result = ""
        var escaped = false
        for character in value {
            if escaped {
                if keepingPipe && character == "|" { result.append("\\") }
                result.append(character)
                escaped = false
            } else if character == "\\" {
                escaped = true
            } else {
                result.append(character)
            }
        }
        return result
    }
}

extension FHIRError {
    /// 400 for a search parameter problem, located by the parameter's name.
    static func searchParameter(_ name: String, _ diagnostics: String) -> FHIRError {
        FHIRError(status: 400, issueType: .invalid, condition: .invalidValue, diagnostics: diagnostics, expression: name)
    }

    /// 400 `not-supported` for a parameter (or modifier, or prefix) this server does not
    /// implement: a national record says what it ignores, it does not silently widen a search.
    static func unknownSearchParameter(_ name: String, _ diagnostics: String? = nil) -> FHIRError {
        FHIRError(
            status: 400, issueType: .notSupported, condition: .unknownSearchParameter,
            diagnostics: diagnostics ?? "The search parameter \(name) is not supported by this server.", expression: name)
    }
}
