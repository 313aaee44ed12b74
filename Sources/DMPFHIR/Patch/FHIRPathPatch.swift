import Foundation

extension DocumentReferencePatch {
    /// The effect of a FHIRPath Patch (`Parameters`) on `current`. The FHIRPath forms
    /// accepted are those that address the patchable elements; they are translated to JSON
    /// Patch so that one engine gives both formats the same semantics.
    public init(fhirPathPatch: FHIRParameters, current: FHIRDocumentReference) throws(FHIRError) {
        let operations = try FHIRPathPatchTranslator(current: current).operations(fhirPathPatch)
        try self.init(operations: operations, current: current)
    }
}

/// FHIRPath Patch operations → JSON Patch operations, for the paths PDSm lets change:
/// `DocumentReference.status`, `DocumentReference.securityLabel[n]` (or `add` of a
/// `securityLabel` at `DocumentReference`), and the isArchived extension as
/// `DocumentReference.extension('<url>').value` / `.extension.where(url='<url>')`.
struct FHIRPathPatchTranslator {
    /// The resource patched (extension indexes are looked up in it).
    let current: FHIRDocumentReference

    /// The JSON Patch operations of a FHIRPath Patch.
    func operations(_ parameters: FHIRParameters) throws(FHIRError) -> [JSONPatchOperation] {
        var result: [JSONPatchOperation] = []
        for (index, parameter) in (parameters.parameter ?? []).enumerated() {
            let path = FHIRPath("Parameters.parameter")[index]
            guard parameter.name == "operation" else {
                throw .invalid("A FHIRPath Patch holds only parameters named operation.", at: path("name"))
            }
            result.append(contentsOf: try operation(parameter.part ?? [], at: path))
        }
        return result
    }

    private func part(_ parts: [FHIRParameters.Parameter], _ name: String) -> FHIRParameters.Parameter? {
        parts.first { $0.name == name }
    }

    private func operation(_ parts: [FHIRParameters.Parameter], at path: FHIRPath) throws(FHIRError) -> [JSONPatchOperation] {
        guard let type = part(parts, "type")?.valueCode else { throw .missing(path("part")("type")) }
        guard let target = part(parts, "path")?.valueString else { throw .missing(path("part")("path")) }
        guard target == "DocumentReference" || target.hasPrefix("DocumentReference.") else {
            throw .invalid("The path must start with DocumentReference.", at: path("part")("path"))
        }
        let element = Self.element(of: target, name: part(parts, "name")?.valueString)
        guard DocumentReferencePatch.patchableElements.contains(element) else {
            throw .patchNotAllowed(element: element, at: path("part")("path"))
        }
        let value = part(parts, "value")
        switch (type, element) {
        case ("replace", "status"):
            guard let code = value?.valueCode ?? value?.valueString else { throw .missing(path("part")("value")) }
            return [JSONPatchOperation(op: "replace", path: "/status", value: .string(code))]
        case (_, "securityLabel"):
            return try securityLabel(type: type, target: target, value: value, at: path)
        case (_, "extension"):
            return try archived(type: type, target: target, parts: parts, at: path)
        default:
            throw unsupported(path)
        }
    }

    /// `securityLabel` operations: replace/delete of `[n]`, add of one label.
    private func securityLabel(
        type: String, target: String, value: FHIRParameters.Parameter?, at path: FHIRPath
    ) throws(FHIRError) -> [JSONPatchOperation] {
        let label = value.flatMap { $0.valueCodeableConcept ?? $0.valueCoding.map { FHIRCodeableConcept(coding: [$0]) } }
        let json = label.flatMap(JSONValue.of)
        if type == "add", target == "DocumentReference" {
            guard let json else { throw .missing(path("part")("value")) }
            let hasLabels = !(current.securityLabel ?? []).isEmpty
            return [hasLabels
                ? JSONPatchOperation(op: "add", path: "/securityLabel/-", value: json)
                : JSONPatchOperation(op: "add", path: "/securityLabel", value: .array([json]))]
        }
        guard let index = Self.index(in: target, after: "DocumentReference.securityLabel") else { throw unsupported(path) }
        switch type {
        case "delete": return [JSONPatchOperation(op: "remove", path: "/securityLabel/\(index)")]
        case "replace":
            guard let json else { throw .missing(path("part")("value")) }
            return [JSONPatchOperation(op: "replace", path: "/securityLabel/\(index)", value: json)]
        default: throw unsupported(path)
        }
    }

    /// The isArchived extension: replace of its value, add of the extension, delete.
    private func archived(
        type: String, target: String, parts: [FHIRParameters.Parameter], at path: FHIRPath
    ) throws(FHIRError) -> [JSONPatchOperation] {
        let existing = (current.extension ?? []).firstIndex { $0.url == PDSm.isArchivedExtension }
        let value = part(parts, "value")
        if type == "add", target == "DocumentReference" {
            let nested = value?.part ?? []
            guard nested.first(where: { $0.name == "url" })?.valueUri == PDSm.isArchivedExtension,
                  let flag = nested.first(where: { $0.name == "value" })?.valueBoolean
            else { throw .patchNotAllowed(element: "extension", at: path("part")("value")) }
            let json = JSONValue.object(["url": .string(PDSm.isArchivedExtension), "valueBoolean": .bool(flag)])
            if let existing {
                return [JSONPatchOperation(op: "replace", path: "/extension/\(existing)", value: json)]
            }
            return [(current.extension ?? []).isEmpty
                ? JSONPatchOperation(op: "add", path: "/extension", value: .array([json]))
                : JSONPatchOperation(op: "add", path: "/extension/-", value: json)]
        }
        let selectors = [
            "DocumentReference.extension('\(PDSm.isArchivedExtension)')",
            "DocumentReference.extension.where(url='\(PDSm.isArchivedExtension)')",
        ]
        guard let selector = selectors.first(where: { target.hasPrefix($0) }) else {
            throw .patchNotAllowed(element: "extension", at: path("part")("path"))
        }
        let rest = target.dropFirst(selector.count)
        switch (type, rest) {
        case ("replace", ".value"), ("replace", ".valueBoolean"):
            guard let flag = value?.valueBoolean else { throw .missing(path("part")("value")) }
            let json = JSONValue.object(["url": .string(PDSm.isArchivedExtension), "valueBoolean": .bool(flag)])
            guard let existing else {
                return [(current.extension ?? []).isEmpty
                    ? JSONPatchOperation(op: "add", path: "/extension", value: .array([json]))
                    : JSONPatchOperation(op: "add", path: "/extension/-", value: json)]
            }
            return [JSONPatchOperation(op: "replace", path: "/extension/\(existing)/valueBoolean", value: .bool(flag))]
        case ("delete", ""):
            guard let existing else { return [] }
            return [JSONPatchOperation(op: "remove", path: "/extension/\(existing)")]
        default:
            throw unsupported(path)
        }
    }

    private func unsupported(_ path: FHIRPath) -> FHIRError {
        FHIRError(
            status: 422, issueType: .notSupported, condition: .notSupported,
            diagnostics: "This FHIRPath Patch form is not supported; JSON Patch is recommended (PDSm).",
            expression: path.rawValue)
    }

    /// The element an operation targets: the first step after `DocumentReference.`, or
    /// the `name` part of an `add`/`insert` at the resource itself.
    static func element(of path: String, name: String?) -> String {
        guard path != "DocumentReference" else { return name ?? "" }
        let rest = path.dropFirst("DocumentReference.".count)
        return String(rest.prefix { $0 != "." && $0 != "[" && $0 != "(" })
    }

    /// `n` of `<prefix>[n]` exactly.
    static func index(in path: String, after prefix: String) -> Int? {
        guard path.hasPrefix(prefix + "["), path.hasSuffix("]") else { return nil }
        return Int(path.dropFirst(prefix.count + 1).dropLast())
    }
}
