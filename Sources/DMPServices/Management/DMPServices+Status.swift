import DMPDomain
import DMPStorage

/// Metadata updates (TD3.3 / ITI-57 / PDSm PATCH): each makes one new metadata version.
extension DMPServices {
    /// Sets the availability status: archive, unarchive, delete (author only). Deprecation
    /// happens only through a replacement.
    @discardableResult
    public func changeStatus(
        _ key: PatientKey, _ target: DocumentTarget, to status: AvailabilityStatus, actor: Actor
    ) async throws -> DocumentEntry {
        try await updateDocument(key, target, status: status, confidentiality: nil, actor: actor)
    }

    /// Replaces the confidentiality set (mask / unmask, visibility flags).
    @discardableResult
    public func changeConfidentiality(
        _ key: PatientKey, _ target: DocumentTarget, to codes: [Coding], actor: Actor
    ) async throws -> DocumentEntry {
        try await updateDocument(key, target, status: nil, confidentiality: codes, actor: actor)
    }

    /// Changes status and/or confidentiality in one transaction and one new version, so that
    /// a PATCH touching both is all-or-nothing. With neither, returns the current version.
    /// `expectedVersion`, when given, must be the current version's (optimistic locking of
    /// HTTP `If-Match`), else `versionConflict`.
    @discardableResult
    public func updateDocument(
        _ key: PatientKey, _ target: DocumentTarget, status: AvailabilityStatus?, confidentiality: [Coding]?,
        expectedVersion: Int? = nil, actor: Actor
    ) async throws -> DocumentEntry {
        let action: AuditAction =
            status == .deleted ? .documentDelete : status != nil ? .documentStatusChange : .documentConfidentialityChange
        return try await audited(key, actor: actor, action: action, target: "\(target)") { tx in
            try await tx.lockPatient(key)
            let record = try await self.activeRecord(tx, key)
            let settings = try await tx.recordSettings(key)
            // With no change asked (a PATCH reading what it will patch), the actor must be one
            // who may manage the document's status: its author, above all.
            let accessAction: AccessAction = status != nil || confidentiality == nil ? .changeStatus : .changeConfidentiality
            let current = try await self.manageableDocument(
                target, action: accessAction, newConfidentiality: confidentiality, record: record, settings: settings, actor: actor, tx
            ).current
            if status != nil, confidentiality != nil {
                try self.decide(
                    .changeConfidentiality, actor: actor, record: record, settings: settings, document: current.metadata,
                    newConfidentiality: confidentiality
                ).enforce()
            }
            if let expectedVersion, expectedVersion != current.version {
                throw DMPError(.versionConflict, "The document is at version \(current.version), not \(expectedVersion).")
            }
            guard status != nil || confidentiality != nil else { return current }
            if let status {
                guard status != .deprecated else {
                    throw DMPError(.forbiddenTransition, "A document becomes deprecated only when another replaces it.", element: "availabilityStatus")
                }
                if status == .deleted {
                    // Only an author deletes (TD3.3c), whoever else the policy lets manage.
                    try self.policy.checkStatusChange(of: current, to: status, by: actor)
                }
                try current.status.checkTransition(to: status)
            }
            if let codes = confidentiality {
                guard current.status == .approved || current.status == .archived else {
                    throw DMPError(.forbiddenTransition, "Only a current document's confidentiality can change.", element: "confidentialityCode")
                }
                var proposed = current.metadata
                proposed.confidentialityCodes = codes
                try proposed.validateConfidentiality(with: self.terminology)
            }
            let next = current.nextVersion(status: status, confidentialityCodes: confidentiality, at: self.clock())
            try await tx.markSuperseded(key, entryUUID: current.entryUUID)
            try await tx.insertDocumentEntry(next)
            let reason = [status?.name, confidentiality.map { $0.map(\.code).joined(separator: ",") }].compactMap { $0 }.joined(separator: ";")
            try await self.auditSuccess(tx, key, actor: actor, action: action, target: current.logicalId.rawValue, reason: reason)
            return next
        }
    }
}
