import DMPDomain
import Foundation

/// Typed readings of search values.
enum SearchValueParsers {
    /// A token filter for a coded element: `system|code` with the system URI turned into an
    /// OID, or `code` alone (any system). `system|` (every code of a system) cannot be
    /// expressed by a registry query and is refused.
    static func codeFilter(_ value: String, parameter: String) throws(FHIRError) -> CodeFilter {
        let token = SearchValueSyntax.token(value)
        guard !token.code.isEmpty else {
            throw .unknownSearchParameter(parameter, "\(parameter): a token without code (system|) is not supported.")
        }
        guard let system = token.system, !system.isEmpty else { return CodeFilter(system: nil, code: token.code) }
        guard let oid = CodeSystems.oid(forURI: system) else {
            throw .searchParameter(parameter, "\(parameter): the code system \(system) is not one the DMP knows.")
        }
        return CodeFilter(system: oid, code: token.code)
    }

    /// A date parameter (`[prefix]date`) as a closed range of instants.
    static func dateRange(_ value: String, parameter: String) throws(FHIRError) -> DateRange {
        let prefixes = ["eq", "ne", "gt", "lt", "ge", "le", "sa", "eb", "ap"]
        var prefix = "eq"
        var text = value
        if let first = prefixes.first(where: { value.hasPrefix($0) }) {
            prefix = first
            text = String(value.dropFirst(2))
        }
        guard let date = FHIRDateTime(text) else {
            throw .searchParameter(parameter, "\(parameter): \(text) is not a FHIR date (yyyy, yyyy-MM, yyyy-MM-dd or a full dateTime).")
        }
        switch prefix {
        case "eq": return DateRange(from: date.start, to: date.lastMillisecond)
        case "ge": return DateRange(from: date.start)
        case "le": return DateRange(to: date.lastMillisecond)
        case "gt", "sa": return DateRange(from: date.end)
        case "lt", "eb": return DateRange(to: date.start.addingTimeInterval(-0.001))
        default:
            throw .unknownSearchParameter(parameter, "\(parameter): the prefix \(prefix) is not supported (eq, ge, le, gt, lt, sa, eb are).")
        }
    }

    /// Both ranges at once (AND of repeated date parameters).
    static func intersect(_ lhs: DateRange, _ rhs: DateRange) -> DateRange {
        DateRange(
            from: [lhs.from, rhs.from].compactMap { $0 }.max(),
            to: [lhs.to, rhs.to].compactMap { $0 }.min())
    }

    /// A non-negative integer (`_count`, `_offset`).
    static func nonNegativeInteger(_ value: String, parameter: String) throws(FHIRError) -> Int {
        guard let number = Int(value), number >= 0 else {
            throw .searchParameter(parameter, "\(parameter) must be a non-negative integer.")
        }
        return number
    }

    /// `true` or `false`.
    static func boolean(_ value: String, parameter: String) throws(FHIRError) -> Bool {
        switch value {
        case "true": return true
        case "false": return false
        default: throw .searchParameter(parameter, "\(parameter) must be true or false.")
        }
    }

    /// Filters wanted by repeated (AND) parameters on a single-valued element: a document
    /// matches when its one code passes every repetition, i.e. the intersection.
    static func intersect(_ lhs: [CodeFilter], _ rhs: [CodeFilter]) -> [CodeFilter] {
        var result: [CodeFilter] = []
        for left in lhs {
            for right in rhs where left.code == right.code && (left.system == nil || right.system == nil || left.system == right.system) {
                let merged = CodeFilter(system: left.system ?? right.system, code: left.code)
                if !result.contains(merged) { result.append(merged) }
            }
        }
        return result
    }
}
