import DMPDomain
import Foundation

/// The effect of a PATCH on a DocumentReference (PDSm flux 03, TD3.3a/b/c/d), in terms the
/// services apply: each non-nil part is one metadata change.
///
/// What may change, and why:
/// * `securityLabel` — masking and visibility (TD3.3a/b). Whole replacement, or add /
///   remove / replace of one element (`/securityLabel/-` appends): visibility flags are a
///   set, and a patch that touches one flag must not drop the others.
/// * the `pdsm-ext-is-archived` extension — archive / unarchive (TD3.3d), the only way to
///   move between approved and archived, since both are `status = current`.
/// * `status` — PDSm lets it be patched, but XDS statuses do not map one to one:
///   `current` → `current` is a no-op; `superseded` is refused (a document is deprecated
///   only by its replacement, which keeps the RPLC chain sound); `entered-in-error` is our
///   answer to the PDSM4DMP open question on deletion (TD3.3c): it deletes, and the
///   services allow it to the author only. A deletion cannot be combined with other changes.
/// * anything else (`meta`, codes, dates, other extensions…) → ``FHIRError/Condition/patchElementNotAllowed``,
///   HTTP 405 as PDSm says (the condition lets a server answer 422 instead).
public struct DocumentReferencePatch: Sendable, Hashable {
    /// The new confidentiality set, when `securityLabel` changed.
    public var newConfidentiality: [Coding]?
    /// Archive (true) or unarchive (false), when the isArchived extension changed.
    public var archive: Bool?
    /// Delete the document (status patched to `entered-in-error`).
    public var delete: Bool

    /// Creates a patch effect.
    public init(newConfidentiality: [Coding]? = nil, archive: Bool? = nil, delete: Bool = false) {
        self.newConfidentiality = newConfidentiality
        self.archive = archive
        self.delete = delete
    }

    /// Whether the patch changes nothing (all operations were no-ops or tests).
    public var isEmpty: Bool { newConfidentiality == nil && archive == nil && !delete }

    /// Elements a patch operation may target.
    static let patchableElements: Set<String> = ["status", "securityLabel", "extension"]

    /// The effect of a JSON Patch (`application/json-patch+json`) on `current`, the
    /// DocumentReference as the server would return it now.
    public init(jsonPatch data: Data, current: FHIRDocumentReference) throws(FHIRError) {
        let operations: [JSONPatchOperation]
        do {
            operations = try JSONDecoder().decode([JSONPatchOperation].self, from: data)
        } catch {
            throw FHIRJSON.error(from: error, root: "Patch")
        }
        try self.init(operations: operations, current: current)
    }

    /// The effect of JSON Patch operations on `current`.
    public init(operations: [JSONPatchOperation], current: FHIRDocumentReference) throws(FHIRError) {
        for (index, operation) in operations.enumerated() where operation.op != "test" {
            let path = FHIRPath("Patch")[index]
            try Self.checkTarget(operation.path, at: path("path"))
            if operation.op == "move" || operation.op == "copy", let from = operation.from {
                try Self.checkTarget(from, at: path("from"))
            }
        }
        guard let before = JSONValue.of(current) else { throw .internalError }
        let after = try JSONPatchEngine.apply(operations, to: before)
        self = try PatchEffect(before: before, after: after, operations: operations).effect()
    }

    /// Refuses operations on elements outside ``patchableElements``.
    private static func checkTarget(_ pointer: String, at path: FHIRPath) throws(FHIRError) {
        guard let parsed = JSONPointer(pointer) else {
            throw .invalid("path must be a JSON Pointer starting with /.", at: path)
        }
        guard patchableElements.contains(parsed.element) else {
            throw .patchNotAllowed(element: parsed.element, at: path)
        }
    }
}

extension FHIRError {
    /// 405 `not-supported`: PDSm allows patching status, securityLabel and isArchived only.
    static func patchNotAllowed(element: String, at path: FHIRPath) -> FHIRError {
        FHIRError(
            status: 405, issueType: .notSupported, condition: .patchElementNotAllowed,
            diagnostics: "DocumentReference.\(element) cannot be patched: only status, securityLabel and the isArchived extension can.",
            expression: path.rawValue)
    }
}
