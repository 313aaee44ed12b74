import DMPDomain
import DMPStorage
import Foundation

/// Folders of a submission: created, or extended with a new version.
extension DMPServices {
    func registerFolders(
        _ submissions: [FolderSubmission], documents: [DocumentEntry], key: PatientKey, setUUID: EntryUUID, now: Date,
        _ tx: RecordTransaction
    ) async throws -> [Folder] {
        var folders: [Folder] = []
        for submission in submissions {
            var members: [LogicalID] = []
            for uniqueId in submission.documentUniqueIds {
                if let entry = documents.first(where: { $0.metadata.uniqueId == uniqueId }) {
                    members.append(entry.logicalId)
                } else if let entry = try await tx.currentDocumentEntries(key, uniqueId: uniqueId).first {
                    members.append(entry.logicalId)
                } else {
                    throw DMPError(.documentNotFound, "Folder \(submission.uniqueId) lists a document that is neither submitted nor in this DMP.", element: "folder")
                }
            }
            let folder: Folder
            if let existing = try await tx.currentFolders(key, uniqueId: submission.uniqueId).first {
                let merged = existing.memberLogicalIds + members.filter { !existing.memberLogicalIds.contains($0) }
                folder = Folder(
                    entryUUID: .make(), logicalId: existing.logicalId, version: existing.version + 1,
                    uniqueId: existing.uniqueId, title: submission.title, comments: submission.comments ?? existing.comments,
                    codes: submission.codes.isEmpty ? existing.codes : submission.codes, lastUpdateTime: now,
                    patientKey: key, memberLogicalIds: merged)
                try await tx.markFolderSuperseded(key, entryUUID: existing.entryUUID)
            } else {
                guard !submission.codes.isEmpty, !submission.title.isEmpty else {
                    throw DMPError(.invalidMetadata, "A folder needs a title and at least one code.", element: "folder")
                }
                folder = Folder(
                    entryUUID: .make(), logicalId: .make(), version: 1, uniqueId: submission.uniqueId,
                    title: submission.title, comments: submission.comments, codes: submission.codes,
                    lastUpdateTime: now, patientKey: key, memberLogicalIds: members)
            }
            try await tx.insertFolder(folder)
            try await tx.insertAssociation(key, source: setUUID, target: folder.entryUUID, type: .hasMember)
            for member in members {
                if let entry = try await tx.currentDocumentEntry(key, logicalId: member) {
                    try await tx.insertAssociation(key, source: folder.entryUUID, target: entry.entryUUID, type: .hasMember)
                }
            }
            folders.append(folder)
        }
        return folders
    }
}
