import DMPDomain
import Foundation
import DMPStorage

/// A page of search results with the exact number of visible matches.
public struct DocumentSearchResult: Sendable {
    /// The page.
    public let entries: [DocumentEntry]
    /// How many documents match in all (visible ones only).
    public let total: Int

    /// Creates a result.
    public init(entries: [DocumentEntry], total: Int) {
        self.entries = entries
        self.total = total
    }
}

/// Consultation (TD3.1 / ITI-18 / ITI-67 / ITI-68).
extension DMPServices {
    /// Searches the record of `query.patientKey` as `actor` may see it. Deleted documents
    /// are never returned; hidden ones are filtered in the query itself.
    public func searchDocuments(_ query: DocumentQuery, actor: Actor) async throws -> DocumentSearchResult {
        let key = query.patientKey
        return try await audited(key, actor: actor, action: .documentSearch, target: nil) { tx in
            let record = try await self.activeRecord(tx, key)
            let settings = try await tx.recordSettings(key)
            let decision = self.decide(.search, actor: actor, record: record, settings: settings)
            try decision.enforce()
            var scoped = query
            scoped.statuses.removeAll { $0 == .deleted }
            scoped.visibility = decision.visibility
            let entries = try await tx.searchDocumentEntries(scoped)
            let total = scoped.limit == nil && scoped.offset == 0 ? entries.count : try await tx.countDocumentEntries(scoped)
            try await self.notifyConsultation(tx, key, actor: actor, settings: settings)
            try await self.auditSuccess(tx, key, actor: actor, action: .documentSearch, target: nil)
            return DocumentSearchResult(entries: entries, total: total)
        }
    }

    /// The metadata of one document (the version `target` names).
    public func documentEntry(_ key: PatientKey, _ target: DocumentTarget, actor: Actor) async throws -> DocumentEntry {
        try await audited(key, actor: actor, action: .documentRead, target: "\(target)") { tx in
            let record = try await self.activeRecord(tx, key)
            let settings = try await tx.recordSettings(key)
            let document = try await self.consultableDocument(target, action: .read, record: record, settings: settings, actor: actor, tx)
            try await self.notifyConsultation(tx, key, actor: actor, settings: settings)
            try await self.auditSuccess(tx, key, actor: actor, action: .documentRead, target: document.requested.entryUUID.rawValue)
            return document.requested
        }
    }

    /// Every metadata version of a document, oldest first.
    public func documentVersions(_ key: PatientKey, _ target: DocumentTarget, actor: Actor) async throws -> [DocumentEntry] {
        try await audited(key, actor: actor, action: .documentRead, target: "\(target)") { tx in
            let record = try await self.activeRecord(tx, key)
            let settings = try await tx.recordSettings(key)
            let document = try await self.consultableDocument(target, action: .read, record: record, settings: settings, actor: actor, tx)
            try await self.auditSuccess(tx, key, actor: actor, action: .documentRead, target: document.current.logicalId.rawValue)
            return try await tx.documentEntryVersions(key, logicalId: document.current.logicalId)
        }
    }

    /// A document's bytes with the metadata describing them.
    public func retrieveDocument(_ key: PatientKey, _ target: DocumentTarget, actor: Actor) async throws -> RetrievedDocument {
        let (entry, url) = try await audited(key, actor: actor, action: .documentRetrieve, target: "\(target)") { tx in
            let record = try await self.activeRecord(tx, key)
            let settings = try await tx.recordSettings(key)
            let document = try await self.consultableDocument(target, action: .retrieve, record: record, settings: settings, actor: actor, tx)
            try await self.notifyConsultation(tx, key, actor: actor, settings: settings)
            try await self.auditSuccess(tx, key, actor: actor, action: .documentRetrieve, target: document.requested.entryUUID.rawValue)
            return (document.requested, self.blobs.url(sha256: document.requested.blobSHA256, for: key))
        }
        return RetrievedDocument(entry: entry, fileURL: url, blobs: blobs)
    }
}

/// A retrieved document: its metadata and where its bytes are, read on demand so that large
/// documents can be streamed rather than loaded.
public struct RetrievedDocument: Sendable {
    /// Metadata of the version retrieved.
    public let entry: DocumentEntry
    /// The file holding the bytes.
    public let fileURL: URL
    let blobs: FileBlobStore

    /// All the bytes, checked against their SHA-256 address.
    public func data() throws -> Data {
        try blobs.read(sha256: entry.blobSHA256, for: entry.patientKey)
    }
}
