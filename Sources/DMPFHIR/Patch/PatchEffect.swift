import DMPDomain

/// Compares a DocumentReference before and after a patch and says what changed, refusing
/// changes PDSm does not allow.
struct PatchEffect {
    /// The resource before the patch.
    let before: JSONValue
    /// The resource after the patch.
    let after: JSONValue
    /// The operations applied (for error locations).
    let operations: [JSONPatchOperation]

    /// What changed, or why it may not.
    func effect() throws(FHIRError) -> DocumentReferencePatch {
        try checkOnlyPatchableChanged()
        var patch = DocumentReferencePatch()
        patch.delete = try statusEffect()
        patch.archive = try archiveEffect()
        patch.newConfidentiality = try confidentialityEffect()
        if patch.delete && (patch.archive != nil || patch.newConfidentiality != nil) {
            throw FHIRError(
                status: 422, issueType: .businessRule, condition: .invalidValue,
                diagnostics: "A deletion (status entered-in-error) cannot be combined with other changes.",
                expression: location(of: "status").rawValue)
        }
        return patch
    }

    /// The operation (`Patch[i].path`) that touched `element`, for error locations.
    private func location(of element: String) -> FHIRPath {
        let index = operations.lastIndex { JSONPointer($0.path)?.element == element && $0.op != "test" } ?? 0
        return FHIRPath("Patch")[index]("path")
    }

    private func members(_ value: JSONValue) -> [String: JSONValue] {
        if case .object(let members) = value { return members }
        return [:]
    }

    /// Operations are pre-checked by element; `move` from a patchable element could still
    /// not reach others, so this is a safety net for the whole resource.
    private func checkOnlyPatchableChanged() throws(FHIRError) {
        let old = members(before), new = members(after)
        for key in Set(old.keys).union(new.keys).sorted()
        where !DocumentReferencePatch.patchableElements.contains(key) && old[key] != new[key] {
            throw .patchNotAllowed(element: key, at: FHIRPath("Patch"))
        }
    }

    private func statusEffect() throws(FHIRError) -> Bool {
        let old = members(before)["status"], new = members(after)["status"]
        guard old != new else { return false }
        switch new {
        case .string("entered-in-error"):
            return true
        case .string("superseded"):
            throw FHIRError(
                status: 422, issueType: .businessRule, condition: .invalidValue,
                diagnostics: "A document becomes superseded only when a new version replaces it (relatesTo replaces).",
                expression: location(of: "status").rawValue)
        case .string("current"):
            throw FHIRError(
                status: 422, issueType: .businessRule, condition: .invalidValue,
                diagnostics: "A superseded document cannot be made current again.", expression: location(of: "status").rawValue)
        default:
            throw .invalid("status must be current, superseded or entered-in-error.", at: location(of: "status"))
        }
    }

    /// The extensions other than isArchived must not change; isArchived is read as a boolean
    /// (absent = false).
    private func archiveEffect() throws(FHIRError) -> Bool? {
        let old = extensions(before), new = extensions(after)
        guard old != new else { return nil }
        let otherOld = old.filter { $0.url != PDSm.isArchivedExtension }
        let otherNew = new.filter { $0.url != PDSm.isArchivedExtension }
        guard otherOld == otherNew else {
            throw FHIRError(
                status: 405, issueType: .notSupported, condition: .patchElementNotAllowed,
                diagnostics: "Only the isArchived extension of a DocumentReference can be patched.",
                expression: location(of: "extension").rawValue)
        }
        let archivedNew = new.filter { $0.url == PDSm.isArchivedExtension }
        guard archivedNew.count <= 1 else {
            throw .invalid("isArchived can appear only once.", at: location(of: "extension"))
        }
        guard let value = archivedNew.first?.valueBoolean ?? (archivedNew.isEmpty ? false : nil) else {
            throw .invalid("isArchived takes valueBoolean.", at: location(of: "extension"))
        }
        let wasArchived = old.first { $0.url == PDSm.isArchivedExtension }?.valueBoolean ?? false
        return value == wasArchived ? nil : value
    }

    private func extensions(_ value: JSONValue) -> [FHIRExtension] {
        members(value)["extension"]?.decoded(as: [FHIRExtension].self) ?? []
    }

    private func confidentialityEffect() throws(FHIRError) -> [Coding]? {
        let old = members(before)["securityLabel"], new = members(after)["securityLabel"]
        guard old != new else { return nil }
        guard let new, let labels = new.decoded(as: [FHIRCodeableConcept].self) else {
            throw .invalid("securityLabel must stay a list of CodeableConcepts with 1 to 4 codes.", at: location(of: "securityLabel"))
        }
        var codes: [Coding] = []
        for (index, label) in labels.enumerated() {
            for (codingIndex, coding) in (label.coding ?? []).enumerated() {
                codes.append(try CodingMapping.xds(coding, at: FHIRPath("DocumentReference.securityLabel")[index]("coding")[codingIndex]))
            }
        }
        guard !codes.isEmpty else {
            throw .invalid("securityLabel cannot be emptied: a document keeps 1 to 4 confidentiality codes.", at: location(of: "securityLabel"))
        }
        return codes
    }
}
