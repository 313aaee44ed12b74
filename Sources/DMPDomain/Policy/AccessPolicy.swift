import Foundation

/// The access rules, as a pure function of the actor, the record, its settings and the
/// document (spec §3.2–3.4, §4.9–4.11, §5.3).
///
/// Use cases call ``decide(_:)``: it says whether an action is allowed, why, and for a
/// consultation which documents stay hidden, as a `VisibilityRestriction` a store applies
/// in its query so that totals never count hidden documents. The older methods below
/// (`visibility(for:in:)`, `check…`) are kept for the services that still call them; they
/// apply the document-level rules only and know nothing of authorisations.
public struct AccessPolicy: Sendable {
    /// Which document types each profession may consult.
    public let matrix: HabilitationMatrix
    /// Age from which the holder is of age and legal representatives lose access. The DMP
    /// exposes it as a parameter (spec §3.1, `hl_getMajorityAge`); 18 in France.
    public let majorityAge: Int
    /// Whether a professional blocked by the holder may still add documents. The block is
    /// about consultation (spec §3.2: "cannot access"), and feeding needs no authorisation,
    /// so by default a blocked professional still feeds: refusing would deprive the holder
    /// of results without protecting anything they asked to protect.
    public let blockedProfessionalsMayFeed: Bool

    /// Creates the policy with the shipped matrix and the French defaults.
    public init() {
        self.init(matrix: .bundled)
    }

    /// Creates the policy with a matrix from configuration and its parameters.
    public init(matrix: HabilitationMatrix, majorityAge: Int = 18, blockedProfessionalsMayFeed: Bool = true) {
        self.matrix = matrix
        self.majorityAge = majorityAge
        self.blockedProfessionalsMayFeed = blockedProfessionalsMayFeed
    }

    /// What `actor` may not see in `record` by the document-level rules alone (visibility
    /// flags, authors seeing their own documents). Prefer ``decide(_:)``, which also applies
    /// authorisations, blocks, emergency consents and the habilitation matrix.
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
    /// (`MASQUE_PS`, `INVISIBLE_REPRESENTANTS_LEGAUX`), never touch `INVISIBLE_PATIENT`;
    /// given the record's `settings`, the médecin traitant and the professionals with the
    /// same rights may add or remove `MASQUE_PS` (spec §4.11).
    public func checkConfidentialityChange(
        of entry: DocumentEntry, to codes: [Coding], by actor: Actor, settings: RecordSettings? = nil
    ) throws(DMPError) {
        if entry.metadata.isAuthored(by: actor) { return }
        let changed = Self.changedConcepts(from: entry.metadata.confidentialityCodes, to: codes)
        if actor.kind == .professional, let settings, !settings.isBlocked(actor.id),
           settings.isAttendingPhysician(actor.id) || settings.isAdministrator(actor.id) {
            guard changed.isSubset(of: Self.maskFlag) else {
                throw DMPError(.forbidden, "The médecin traitant may only mask or unmask a document from professionals.")
            }
            return
        }
        guard actor.kind == .patient else {
            throw DMPError(.notAuthor, "Only an author of the document or the holder may change its confidentiality.")
        }
        guard changed.isSubset(of: Self.holderFlags) else {
            throw DMPError(.forbidden, "The holder may only mask a document from professionals or from legal representatives.")
        }
    }

    /// `MASQUE_PS`, the only flag the médecin traitant and representatives may change.
    static let maskFlag: Set<String> = [ConfidentialityCode.maskedToProfessionals.conceptKey]
    /// The flags the holder may change.
    static let holderFlags: Set<String> = [
        ConfidentialityCode.maskedToProfessionals.conceptKey, ConfidentialityCode.invisibleToLegalRepresentatives.conceptKey,
    ]

    /// The concepts present in one set of codes and not the other: what a change touches.
    static func changedConcepts(from old: [Coding], to new: [Coding]) -> Set<String> {
        Set(old.map(\.conceptKey)).symmetricDifference(new.map(\.conceptKey))
    }
}

extension Coding {
    /// `system|code`, display ignored: the identity of a concept.
    var conceptKey: String { "\(system)|\(code)" }
}
