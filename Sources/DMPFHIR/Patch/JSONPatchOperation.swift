/// One RFC 6902 operation.
public struct JSONPatchOperation: Codable, Hashable, Sendable {
    /// `add`, `remove`, `replace`, `move`, `copy`, `test`.
    public var op: String
    /// Target (JSON Pointer).
    public var path: String
    /// Value for `add`, `replace`, `test`.
    public var value: JSONValue?
    /// Source for `move`, `copy`.
    public var from: String?

    /// Creates an operation.
    public init(op: String, path: String, value: JSONValue? = nil, from: String? = nil) {
        self.op = op
        self.path = path
        self.value = value
        self.from = from
    }
}

/// Applies a JSON Patch to a JSON document, stopping at the first failure (RFC 6902: the
/// patch is atomic). Errors are located as `Patch[<index>].<member>`.
enum JSONPatchEngine {
    /// The patched document.
    static func apply(_ operations: [JSONPatchOperation], to document: JSONValue) throws(FHIRError) -> JSONValue {
        var result = document
        for (index, operation) in operations.enumerated() {
            let path = FHIRPath("Patch")[index]
            guard let target = JSONPointer(operation.path) else {
                throw .invalid("path must be a JSON Pointer starting with /.", at: path("path"))
            }
            switch operation.op {
            case "add":
                let value = try required(operation.value, path)
                guard result.add(value, at: target) else { throw notApplicable(path, "add") }
            case "remove":
                guard result.remove(at: target) != nil else { throw notApplicable(path, "remove") }
            case "replace":
                let value = try required(operation.value, path)
                guard result.remove(at: target) != nil, result.add(value, at: target) else { throw notApplicable(path, "replace") }
            case "move", "copy":
                guard let fromText = operation.from, let source = JSONPointer(fromText) else {
                    throw .missing(path("from"), "\(operation.op) needs a from pointer.")
                }
                guard let value = operation.op == "move" ? result.remove(at: source) : result.value(at: source),
                      result.add(value, at: target)
                else { throw notApplicable(path, operation.op) }
            case "test":
                let value = try required(operation.value, path)
                guard result.value(at: target) == value else {
                    throw FHIRError(
                        status: 422, issueType: .businessRule, condition: .patchTestFailed,
                        diagnostics: "The test operation failed: the resource has another value at \(operation.path).",
                        expression: path.rawValue)
                }
            default:
                throw .invalid("op must be add, remove, replace, move, copy or test.", at: path("op"))
            }
        }
        return result
    }

    private static func required(_ value: JSONValue?, _ path: FHIRPath) throws(FHIRError) -> JSONValue {
        guard let value else { throw .missing(path("value")) }
        return value
    }

    private static func notApplicable(_ path: FHIRPath, _ op: String) -> FHIRError {
        FHIRError(
            status: 422, issueType: .businessRule, condition: .invalidValue,
            diagnostics: "The \(op) operation cannot be applied: its path does not exist in the resource.",
            expression: path("path").rawValue)
    }
}
