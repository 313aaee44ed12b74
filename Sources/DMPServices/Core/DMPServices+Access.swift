import DMPDomain
import DMPStorage

extension DMPServices {
    /// The policy's decision for `actor` doing `action` on `record` (and one document).
    func decide(
        _ action: AccessAction, actor: Actor, record: Record, settings: RecordSettings,
        document: DocumentMetadata? = nil, newConfidentiality: [Coding]? = nil
    ) -> AccessDecision {
        policy.decide(AccessRequest(
            actor: actor, record: record, settings: settings, action: action, document: document,
            newConfidentialityCodes: newConfidentiality, isSAMURegulator: actor.isSAMURegulator, now: clock()))
    }

    /// The document as `actor` may consult it (`action` read or retrieve). Missing, deleted
    /// and hidden documents give the same `documentNotFound`, so that nothing reveals that a
    /// hidden document exists; a refusal of the whole record (no authorisation, blocked…)
    /// keeps its own reason.
    func consultableDocument(
        _ target: DocumentTarget, action: AccessAction, record: Record, settings: RecordSettings, actor: Actor,
        _ tx: RecordTransaction
    ) async throws -> ResolvedDocument {
        try decide(action, actor: actor, record: record, settings: settings).enforce()
        guard let resolved = try await resolve(target, key: record.key, tx), resolved.current.status != .deleted,
              decide(action, actor: actor, record: record, settings: settings, document: resolved.current.metadata).isAllowed
        else {
            throw DMPError(.documentNotFound, "No such document in this DMP.")
        }
        return resolved
    }

    /// The document `actor` wants to manage (`action`: status or confidentiality change). A
    /// document the actor may neither manage nor consult is not found; one the actor may see
    /// but not manage is refused with the policy's reason.
    func manageableDocument(
        _ target: DocumentTarget, action: AccessAction, newConfidentiality: [Coding]? = nil, record: Record,
        settings: RecordSettings, actor: Actor, _ tx: RecordTransaction
    ) async throws -> ResolvedDocument {
        let notFound = DMPError(.documentNotFound, "No such document in this DMP.")
        guard let resolved = try await resolve(target, key: record.key, tx), resolved.current.status != .deleted else { throw notFound }
        let metadata = resolved.current.metadata
        let decision = decide(action, actor: actor, record: record, settings: settings, document: metadata, newConfidentiality: newConfidentiality)
        if decision.isAllowed { return resolved }
        let visible = decide(.read, actor: actor, record: record, settings: settings, document: metadata).isAllowed
        throw visible ? (decision.error ?? notFound) : notFound
    }
}
