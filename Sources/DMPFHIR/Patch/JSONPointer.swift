/// An RFC 6901 JSON Pointer (`/securityLabel/0`, `/extension/-`).
struct JSONPointer: Hashable, Sendable {
    /// Unescaped reference tokens.
    let tokens: [String]

    /// Parses a pointer; nil when it does not start with `/` (the empty pointer, the whole
    /// document, is refused too: a resource patch never replaces the resource).
    init?(_ text: String) {
        guard text.hasPrefix("/") else { return nil }
        tokens = text.dropFirst().split(separator: "/", omittingEmptySubsequences: false).map {
            $0.replacingOccurrences(of: "~1", with: "/").replacingOccurrences(of: "~0", with: "~")
        }
    }

    /// The first token: the top-level element the pointer addresses.
    var element: String { tokens.first ?? "" }
}

/// Reading and writing through pointers (RFC 6902 §4 semantics).
extension JSONValue {
    /// The value at `pointer`, nil when absent.
    func value(at pointer: JSONPointer) -> JSONValue? {
        var current = self
        for token in pointer.tokens {
            switch current {
            case .object(let members):
                guard let next = members[token] else { return nil }
                current = next
            case .array(let items):
                guard let index = Self.index(token, count: items.count, allowEnd: false) else { return nil }
                current = items[index]
            default:
                return nil
            }
        }
        return current
    }

    /// Adds (or, in an object, sets) `value` at `pointer`; false when the parent is absent
    /// or the index is out of range.
    mutating func add(_ value: JSONValue, at pointer: JSONPointer) -> Bool {
        update(pointer.tokens[...]) { parent, last in
            switch parent {
            case .object(var members):
                members[last] = value
                parent = .object(members)
                return true
            case .array(var items):
                guard let index = Self.index(last, count: items.count, allowEnd: true) else { return false }
                items.insert(value, at: index)
                parent = .array(items)
                return true
            default:
                return false
            }
        }
    }

    /// Removes the value at `pointer`; returns it, nil when absent.
    mutating func remove(at pointer: JSONPointer) -> JSONValue? {
        var removed: JSONValue?
        _ = update(pointer.tokens[...]) { parent, last in
            switch parent {
            case .object(var members):
                removed = members.removeValue(forKey: last)
                parent = .object(members)
                return removed != nil
            case .array(var items):
                guard let index = Self.index(last, count: items.count, allowEnd: false) else { return false }
                removed = items.remove(at: index)
                parent = .array(items)
                return true
            default:
                return false
            }
        }
        return removed
    }

    /// Applies `change` to the parent of the last token.
    private mutating func update(
        _ tokens: ArraySlice<String>, _ change: (inout JSONValue, String) -> Bool
    ) -> Bool {
        guard let first = tokens.first else { return false }
        if tokens.count == 1 { return change(&self, first) }
        switch self {
        case .object(var members):
            guard var child = members[first] else { return false }
            let done = child.update(tokens.dropFirst(), change)
            members[first] = child
            self = .object(members)
            return done
        case .array(var items):
            guard let index = Self.index(first, count: items.count, allowEnd: false) else { return false }
            var child = items[index]
            let done = child.update(tokens.dropFirst(), change)
            items[index] = child
            self = .array(items)
            return done
        default:
            return false
        }
    }

    /// An array index token: digits without leading zero, or `-` (end) when allowed.
    private static func index(_ token: String, count: Int, allowEnd: Bool) -> Int? {
        if token == "-" { return allowEnd ? count : nil }
        guard !token.isEmpty, token.allSatisfy(\.isASCII), token.allSatisfy(\.isNumber),
              token == "0" || !token.hasPrefix("0"), let index = Int(token)
        else { return nil }
        return index <= (allowEnd ? count : count - 1) ? index : nil
    }
}
