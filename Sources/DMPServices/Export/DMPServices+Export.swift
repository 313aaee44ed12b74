import DMPDomain
import DMPStorage
import Foundation

/// Everything a record holds, for the holder's right to their data.
public struct RecordExport: Sendable, Codable {
    /// The record (state, dates, INS traits).
    public let record: Record
    /// The access settings.
    public let settings: RecordSettings
    /// Every metadata version of every document the exporting actor may see, oldest first.
    public let documents: [DocumentEntry]
    /// The submission sets.
    public let submissionSets: [SubmissionSet]
    /// The folders (latest versions).
    public let folders: [Folder]
    /// The history of the record.
    public let history: [AuditEvent]
}

extension AuditAction {
    /// The holder exporting the record.
    public static let recordExport = AuditAction("record.export", group: "GENERAL")
}

extension DMPServices {
    /// The whole record as the holder may see it (documents hidden from the holder, such as
    /// `INVISIBLE_PATIENT` ones, are left out), with the file of each document's bytes.
    public func exportRecord(_ key: PatientKey, actor: Actor) async throws -> (RecordExport, [String: URL]) {
        try await audited(key, actor: actor, action: .recordExport, target: nil) { tx in
            let record = try await self.activeRecord(tx, key)
            let settings = try await tx.recordSettings(key)
            try self.decide(.manageSettings, actor: actor, record: record, settings: settings).enforce()
            let current = try await tx.searchDocumentEntries(DocumentQuery(patientKey: key, statuses: AvailabilityStatus.all))
            var documents: [DocumentEntry] = []
            var files: [String: URL] = [:]
            for entry in current where entry.status != .deleted
                && self.decide(.retrieve, actor: actor, record: record, settings: settings, document: entry.metadata).isAllowed {
                documents += try await tx.documentEntryVersions(key, logicalId: entry.logicalId)
                files[entry.blobSHA256] = self.blobs.url(sha256: entry.blobSHA256, for: key)
            }
            let history = try await tx.auditEvents(key).map(\.event)
            // Lists name only exported documents, so that they reveal nothing hidden.
            let exported = Set(documents.map(\.entryUUID))
            let logicalIds = Set(documents.map(\.logicalId))
            let sets = try await tx.submissionSets(key).compactMap { set -> SubmissionSet? in
                var visible = set
                visible.memberEntryUUIDs = set.memberEntryUUIDs.filter(exported.contains)
                return visible.memberEntryUUIDs.isEmpty ? nil : visible
            }
            let folders = try await tx.currentFolders(key).compactMap { folder -> Folder? in
                var visible = folder
                visible.memberLogicalIds = folder.memberLogicalIds.filter(logicalIds.contains)
                return visible.memberLogicalIds.isEmpty ? nil : visible
            }
            try await self.auditSuccess(tx, key, actor: actor, action: .recordExport, target: nil)
            return (
                RecordExport(
                    record: record, settings: settings, documents: documents, submissionSets: sets, folders: folders,
                    history: history),
                files)
        }
    }
}
