import DMPDomain
import DMPServices

/// `relatesTo` → the document replaced.
enum RelatesToReader {
    /// The target of the `replaces` relation, if any. Other relation codes (transforms,
    /// signs, appends) have no DMP meaning and are refused rather than ignored.
    static func replaces(_ relations: [FHIRDocumentReference.RelatesTo]?, at path: FHIRPath) throws(FHIRError) -> DocumentTarget? {
        var target: DocumentTarget?
        for (index, relation) in (relations ?? []).enumerated() {
            let relationPath = path[index]
            guard relation.code == "replaces" else {
                throw FHIRError(
                    status: 422, issueType: .notSupported, condition: .notSupported,
                    diagnostics: "Only the replaces relation is supported by the DMP.", expression: relationPath("code").rawValue)
            }
            guard target == nil else {
                throw .invalid("A document replaces at most one other.", at: relationPath)
            }
            guard let reference = relation.target else { throw .missing(relationPath("target")) }
            target = try documentTarget(reference, at: relationPath("target"))
        }
        return target
    }

    /// A reference to an existing DocumentReference: `DocumentReference/<entryUUID>` (also
    /// absolute), or a logical reference by uniqueId (`urn:oid:`) or logicalId (`urn:uuid:`).
    static func documentTarget(_ reference: FHIRReference, at path: FHIRPath) throws(FHIRError) -> DocumentTarget {
        if let literal = reference.reference {
            guard let id = resourceID(literal, type: FHIRDocumentReference.resourceType) else {
                throw .invalid("The replaced document must be referenced as DocumentReference/<id>.", at: path("reference"))
            }
            return .entryUUID(EntryUUID(rawValue: id))
        }
        if let identifier = reference.identifier, let value = identifier.value, !value.isEmpty {
            if value.lowercased().hasPrefix(IdentifierMapping.uuidPrefix) {
                return .logicalId(LogicalID(rawValue: IdentifierMapping.strippingURNScheme(value)))
            }
            return .uniqueId(try IdentifierMapping.uniqueId(from: identifier, at: path("identifier")))
        }
        throw .missing(path("reference"))
    }

    /// The id of `<type>/<id>` (relative or absolute, `_history` allowed).
    static func resourceID(_ literal: String, type: String) -> String? {
        var segments = literal.split(separator: "/", omittingEmptySubsequences: false).map(String.init)
        if segments.count >= 4, segments[segments.count - 2] == "_history" { segments.removeLast(2) }
        guard segments.count >= 2, segments[segments.count - 2] == type else { return nil }
        let id = segments[segments.count - 1]
        return id.isEmpty ? nil : id
    }
}
