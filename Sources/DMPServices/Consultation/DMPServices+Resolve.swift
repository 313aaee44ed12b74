import DMPDomain
import DMPStorage

/// A document named by a caller, with its latest version.
struct ResolvedDocument: Sendable {
    /// The version the caller named (an entryUUID may name an older one).
    let requested: DocumentEntry
    /// The latest metadata version, whose status and confidentiality decide visibility.
    let current: DocumentEntry
}

extension DMPServices {
    /// Finds the document `target` names in the record of `key`, or nil.
    func resolve(_ target: DocumentTarget, key: PatientKey, _ tx: RecordTransaction) async throws -> ResolvedDocument? {
        let requested: DocumentEntry?
        switch target {
        case .entryUUID(let id): requested = try await tx.documentEntry(key, entryUUID: id)
        case .uniqueId(let id): requested = try await tx.currentDocumentEntries(key, uniqueId: id).first
        case .logicalId(let id): requested = try await tx.currentDocumentEntry(key, logicalId: id)
        }
        guard let requested else { return nil }
        if requested.isCurrent { return ResolvedDocument(requested: requested, current: requested) }
        guard let current = try await tx.currentDocumentEntry(key, logicalId: requested.logicalId) else { return nil }
        return ResolvedDocument(requested: requested, current: current)
    }
}
