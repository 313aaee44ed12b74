/// The access rules, as a pure function of the actor, the record and the document.
///
/// Use cases ask it what an actor may see (as a `VisibilityRestriction` a store applies in
/// its query, so totals never count hidden documents) and whether an action is allowed.
/// This first version enforces the document-level rules of spec §4.9–4.11 (visibility flags,
/// authors managing their own documents); the authorisation rules of §3.2–3.4 extend it.
public struct AccessPolicy: Sendable {
    /// Creates the policy.
    public init() {}

    /// What `actor` may not see in `record`.
    public func visibility(for actor: Actor, in record: Record) -> VisibilityRestriction {
        switch actor.kind {
        case .system:
            return .none
        case .patient:
            return VisibilityRestriction(hiddenConfidentialityCodes: [ConfidentialityCode.invisibleToPatient], exceptAuthoredBy: record.key.ins.matricule)
        case .legalRepresentative:
            return VisibilityRestriction(hiddenConfidentialityCodes: [
                ConfidentialityCode.invisibleToPatient, ConfidentialityCode.invisibleToLegalRepresentatives,
            ])
        case .professional:
            return VisibilityRestriction(hiddenConfidentialityCodes: [ConfidentialityCode.maskedToProfessionals], exceptAuthoredBy: actor.id)
        default:
            return VisibilityRestriction(hidesEverything: true)
        }
    }

    /// Whether `actor` may change the availability status of `entry` to `status`
    /// (delete, archive, unarchive): only its author (spec §4.11, TD3.3c–d).
    public func checkStatusChange(of entry: DocumentEntry, to status: AvailabilityStatus, by actor: Actor) throws(DMPError) {
        guard entry.metadata.isAuthored(by: actor) else {
            let verb = status == .deleted ? "delete" : status == .archived ? "archive" : "change the status of"
            throw DMPError(.notAuthor, "Only an author of the document may \(verb) it.")
        }
    }

    /// Whether `actor` may replace `entry` with a new version: its authors, or the system
    /// importing documents on their behalf.
    public func checkReplacement(of entry: DocumentEntry, by actor: Actor) throws(DMPError) {
        guard actor.kind == .system || entry.metadata.isAuthored(by: actor) else {
            throw DMPError(.notAuthor, "Only an author of the document may replace it.")
        }
    }

    /// Whether `actor` may set the confidentiality of `entry` to `codes`. Authors may set any
    /// code; the holder may only add or remove the flags that are theirs to set
    /// (`MASQUE_PS`, `INVISIBLE_REPRESENTANTS_LEGAUX`), never touch `INVISIBLE_PATIENT`.
    public func checkConfidentialityChange(of entry: DocumentEntry, to codes: [Coding], by actor: Actor) throws(DMPError) {
        if entry.metadata.isAuthored(by: actor) { return }
        guard actor.kind == .patient else {
            throw DMPError(.notAuthor, "Only an author of the document or the holder may change its confidentiality.")
        }
        let holderFlags = [ConfidentialityCode.maskedToProfessionals, ConfidentialityCode.invisibleToLegalRepresentatives]
        let before = Set(entry.metadata.confidentialityCodes.filter { c in !holderFlags.contains { $0.sameConcept(as: c) } }.map(\.conceptKey))
        let after = Set(codes.filter { c in !holderFlags.contains { $0.sameConcept(as: c) } }.map(\.conceptKey))
        guard before == after else {
            throw DMPError(.forbidden, "The holder may only mask a document from professionals or from legal representatives.")
        }
    }
}

extension Coding {
    /// `system|code`, display ignored: the identity of a concept.
    var conceptKey: String { "\(system)|\(code)" }
}
