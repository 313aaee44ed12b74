import DMPDomain
import DMPStorage

/// Metadata updates (TD3.3 / ITI-57 / PDSm PATCH): each makes a new metadata version.
extension DMPServices {
    /// Sets the availability status: archive, unarchive, delete (author only). Deprecation
    /// happens only through a replacement.
    @discardableResult
    public func changeStatus(
        _ key: PatientKey, _ target: DocumentTarget, to status: AvailabilityStatus, actor: Actor
    ) async throws -> DocumentEntry {
        let action: AuditAction = status == .deleted ? .documentDelete : .documentStatusChange
        return try await audited(key, actor: actor, action: action, target: "\(target)") { tx in
            try await tx.lockPatient(key)
            let record = try await self.activeRecord(tx, key)
            let current = try await self.visibleDocument(target, record: record, actor: actor, tx).current
            guard status != .deprecated else {
                throw DMPError(.forbiddenTransition, "A document becomes deprecated only when another replaces it.", element: "availabilityStatus")
            }
            try self.policy.checkStatusChange(of: current, to: status, by: actor)
            try current.status.checkTransition(to: status)
            let next = current.nextVersion(status: status, at: self.clock())
            try await tx.markSuperseded(key, entryUUID: current.entryUUID)
            try await tx.insertDocumentEntry(next)
            try await self.auditSuccess(tx, key, actor: actor, action: action, target: current.logicalId.rawValue, reason: status.name)
            return next
        }
    }

    /// Replaces the confidentiality set (mask / unmask, visibility flags).
    @discardableResult
    public func changeConfidentiality(
        _ key: PatientKey, _ target: DocumentTarget, to codes: [Coding], actor: Actor
    ) async throws -> DocumentEntry {
        try await audited(key, actor: actor, action: .documentConfidentialityChange, target: "\(target)") { tx in
            try await tx.lockPatient(key)
            let record = try await self.activeRecord(tx, key)
            let current = try await self.visibleDocument(target, record: record, actor: actor, tx).current
            guard current.status == .approved || current.status == .archived else {
                throw DMPError(.forbiddenTransition, "Only a current document's confidentiality can change.", element: "confidentialityCode")
            }
            var proposed = current.metadata
            proposed.confidentialityCodes = codes
            try proposed.validateConfidentiality(with: self.terminology)
            try self.policy.checkConfidentialityChange(of: current, to: codes, by: actor)
            let next = current.nextVersion(confidentialityCodes: codes, at: self.clock())
            try await tx.markSuperseded(key, entryUUID: current.entryUUID)
            try await tx.insertDocumentEntry(next)
            try await self.auditSuccess(
                tx, key, actor: actor, action: .documentConfidentialityChange, target: current.logicalId.rawValue,
                reason: codes.map(\.code).joined(separator: ","))
            return next
        }
    }
}
