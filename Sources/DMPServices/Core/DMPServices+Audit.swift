import DMPDomain
import DMPStorage
import Foundation

extension DMPServices {
    /// Runs a use case in one transaction and audits it: on success the audit row written by
    /// `body` commits with it; on a business refusal the transaction is rolled back and the
    /// refusal is traced in a transaction of its own, so that refused attempts are visible to
    /// the holder while nothing of the refused action remains.
    func audited<T: Sendable>(
        _ key: PatientKey, actor: Actor, action: AuditAction, target: String?,
        _ body: @escaping @Sendable (RecordTransaction) async throws -> T
    ) async throws -> T {
        do {
            return try await store.transaction { tx in try await body(tx) }
        } catch let refusal as DMPError {
            let event = AuditEvent(
                patientKey: key, time: clock(), actor: actor, action: action, target: target,
                outcome: .refused, reason: refusal.code.rawValue)
            try await store.transaction { tx in try await tx.appendAudit(event) }
            logger.info("refused", metadata: ["action": "\(action)", "code": "\(refusal.code)", "patient": "\(key.opaque)"])
            throw refusal
        }
    }

    /// The success row of an action, written inside the action's transaction.
    func auditSuccess(
        _ tx: RecordTransaction, _ key: PatientKey, actor: Actor, action: AuditAction, target: String?, reason: String? = nil
    ) async throws {
        try await tx.appendAudit(AuditEvent(
            patientKey: key, time: clock(), actor: actor, action: action, target: target, outcome: .success, reason: reason))
    }
}
