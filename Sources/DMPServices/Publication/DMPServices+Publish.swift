import DMPDomain
import DMPStorage
import Foundation

/// Publication of a submission set (TD2.1 / ITI-41 / ITI-65 / ITI-105): all-or-nothing.
extension DMPServices {
    /// Validates and registers `submission`. On any refusal nothing is stored, not even a
    /// blob, and the refusal is traced.
    public func publish(_ submission: Submission, actor: Actor) async throws -> PublishResult {
        let key = PatientKey(submission.patient)
        return try await audited(key, actor: actor, action: .documentPublish, target: nil) { tx in
            try await tx.lockPatient(key)
            let createdRecord = try await self.recordForFeeding(tx, key, actor: actor)
            let settings = try await tx.recordSettings(key)
            if let record = try await tx.record(key) {
                try self.decide(.publish, actor: actor, record: record, settings: settings).enforce()
            }
            var submission = submission
            if settings.masksNewDocuments { submission.documents = submission.documents.map(Self.maskedFromProfessionals) }
            let plans = try await self.plan(submission, key: key, actor: actor, tx)
            var createdBlobs: [String] = []
            do {
                return try await self.register(
                    submission, plans: plans, key: key, actor: actor, createdRecord: createdRecord, tx,
                    createdBlobs: &createdBlobs)
            } catch {
                // Undo the files this submission created while still holding the patient's
                // lock, so that a concurrent submission of the same bytes cannot lose them.
                for sha in createdBlobs { self.blobs.remove(sha256: sha, for: key) }
                throw error
            }
        }
    }

    /// A document as "mask all my documents" publishes it: with `MASQUE_PS` added.
    static func maskedFromProfessionals(_ document: DocumentSubmission) -> DocumentSubmission {
        var masked = document
        let codes = document.metadata.confidentialityCodes
        if !document.metadata.hasConfidentiality(ConfidentialityCode.maskedToProfessionals), codes.count < 4 {
            masked.metadata.confidentialityCodes = codes + [ConfidentialityCode.maskedToProfessionals]
        }
        return masked
    }

    /// Feeding needs an active record, created on the fly when allowed (returns whether it was).
    private func recordForFeeding(_ tx: RecordTransaction, _ key: PatientKey, actor: Actor) async throws -> Bool {
        if let record = try await tx.record(key), record.state != .purged {
            try record.requireActive()
            return false
        }
        guard configuration.autoCreateRecords else {
            throw DMPError(.recordNotFound, "No DMP exists for this person and automatic creation is disabled.")
        }
        let existing = try await tx.record(key)
        let record = try existing.map { record throws(DMPError) in try record.recreated(at: clock(), traits: nil) }
            ?? Record.created(key: key, at: clock(), traits: nil)
        try await tx.saveRecord(record)
        try await auditSuccess(tx, key, actor: actor, action: .recordCreate, target: nil, reason: "first submission")
        return true
    }

    /// What to do with each document, once every check has passed.
    struct DocumentPlan: Sendable {
        let submission: DocumentSubmission
        let existing: DocumentEntry?
        let target: DocumentEntry?
    }

    private func plan(_ submission: Submission, key: PatientKey, actor: Actor, _ tx: RecordTransaction) async throws -> [DocumentPlan] {
        guard !submission.documents.isEmpty else {
            throw DMPError(.invalidMetadata, "A submission set needs at least one document.", element: "documents")
        }
        guard !submission.uniqueId.isEmpty, !submission.sourceId.isEmpty else {
            throw DMPError(.invalidMetadata, "The submission set needs a uniqueId and a sourceId.", element: "submissionSet")
        }
        do {
            try terminology.validate(submission.contentTypeCode, in: .contentType)
        } catch {
            throw DMPError(.unknownCode, error.description, element: "contentTypeCode")
        }
        let uniqueIds = submission.documents.map(\.metadata.uniqueId)
        guard Set(uniqueIds).count == uniqueIds.count else {
            throw DMPError(.invalidMetadata, "Two documents of the submission share a uniqueId.", element: "uniqueId")
        }
        var plans: [DocumentPlan] = []
        for document in submission.documents {
            plans.append(try await plan(document, patient: submission.patient, key: key, actor: actor, tx))
        }
        return plans
    }

    private func plan(
        _ document: DocumentSubmission, patient: INS, key: PatientKey, actor: Actor, _ tx: RecordTransaction
    ) async throws -> DocumentPlan {
        let metadata = document.metadata
        guard Int64(document.content.count) <= configuration.maximumDocumentSize else {
            throw DMPError(.tooLarge, "The document exceeds \(configuration.maximumDocumentSize) bytes.", element: "content")
        }
        try metadata.validate(with: terminology)
        try metadata.checkContent(document.content)
        if let existing = try await tx.currentDocumentEntries(key, uniqueId: metadata.uniqueId).first {
            guard existing.blobSHA256 == Digest.sha256Hex(document.content) else {
                throw DMPError(.duplicateUniqueID, "A different document with this uniqueId is already registered.", element: "uniqueId")
            }
            return DocumentPlan(submission: document, existing: existing, target: nil)
        }
        let target = try await replacementTarget(document.replaces, key: key, actor: actor, tx)
        if let header = try CDAConsistency.header(of: document.content, mimeType: metadata.mimeType) {
            try CDAConsistency.check(header, against: metadata, patient: patient, replacing: target)
        }
        return DocumentPlan(submission: document, existing: nil, target: target)
    }

    private func replacementTarget(
        _ target: DocumentTarget?, key: PatientKey, actor: Actor, _ tx: RecordTransaction
    ) async throws -> DocumentEntry? {
        guard let target else { return nil }
        guard let resolved = try await resolve(target, key: key, tx), resolved.current.status != .deleted else {
            throw DMPError(.documentNotFound, "The document to replace (\(target)) is not in this DMP.", element: "relatesTo")
        }
        let current = resolved.current
        try policy.checkReplacement(of: current, by: actor)
        try current.status.checkTransition(to: .deprecated)
        return current
    }

    private func register(
        _ submission: Submission, plans: [DocumentPlan], key: PatientKey, actor: Actor, createdRecord: Bool,
        _ tx: RecordTransaction, createdBlobs: inout [String]
    ) async throws -> PublishResult {
        let now = clock()
        let setUUID = EntryUUID.make()
        var published: [PublishedDocument] = []
        for plan in plans {
            if let existing = plan.existing {
                published.append(PublishedDocument(entry: existing, alreadyPresent: true, deprecated: nil))
                continue
            }
            let written = try blobs.write(plan.submission.content, for: key)
            if written.created { createdBlobs.append(written.sha256) }
            let entry = DocumentEntry(
                entryUUID: .make(), logicalId: .make(), version: 1, patientKey: key, status: .approved,
                metadata: plan.submission.metadata, submissionSetUUID: setUUID, registeredAt: now,
                replaces: plan.target?.entryUUID, blobSHA256: written.sha256, isCurrent: true)
            try await tx.insertDocumentEntry(entry)
            try await tx.insertAssociation(key, source: setUUID, target: entry.entryUUID, type: .hasMember)
            var deprecated: DocumentEntry?
            if let target = plan.target {
                let next = target.nextVersion(status: .deprecated, at: now)
                try await tx.markSuperseded(key, entryUUID: target.entryUUID)
                try await tx.insertDocumentEntry(next)
                try await tx.insertAssociation(key, source: entry.entryUUID, target: target.entryUUID, type: .replaces)
                try await auditSuccess(tx, key, actor: actor, action: .documentReplace, target: target.logicalId.rawValue)
                deprecated = next
            }
            try await auditSuccess(tx, key, actor: actor, action: .documentPublish, target: entry.entryUUID.rawValue)
            published.append(PublishedDocument(entry: entry, alreadyPresent: false, deprecated: deprecated))
        }
        let folders = try await registerFolders(submission.folders, documents: published.map(\.entry), key: key, setUUID: setUUID, now: now, tx)
        let set = SubmissionSet(
            entryUUID: setUUID, uniqueId: submission.uniqueId, sourceId: submission.sourceId, submissionTime: now,
            title: submission.title, comments: submission.comments, contentTypeCode: submission.contentTypeCode,
            authors: submission.authors, patientKey: key, status: .approved,
            memberEntryUUIDs: published.filter { !$0.alreadyPresent }.map(\.entry.entryUUID),
            folderEntryUUIDs: folders.map(\.entryUUID))
        try await tx.insertSubmissionSet(set)
        try await notifyPublication(tx, key, actor: actor, count: set.memberEntryUUIDs.count)
        return PublishResult(submissionSet: set, documents: published, folders: folders, createdRecord: createdRecord)
    }
}
