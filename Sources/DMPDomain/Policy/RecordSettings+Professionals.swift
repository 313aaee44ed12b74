import Foundation

/// Rules on the professionals of a record: authorisations, blocks, médecin traitant and
/// the professionals given the same rights. A block and a designation exclude each other,
/// so the holder always knows which of the two applies.
extension RecordSettings {
    /// The holder (or a minor's legal representative) authorises `professional` from `at`
    /// until `expiresAt`. An active authorisation of the same professional is superseded.
    /// - Throws: `professionalBlocked` for a blocked professional (unblock first, so that
    ///   a block is never lifted by accident); `invalidSetting` for an expiry not after `at`.
    public mutating func grantAuthorisation(to professional: IDNPS, at: Date, expiresAt: Date? = nil) throws(DMPError) {
        try add(Authorisation(professional: professional, origin: .grantedByHolder, grantedAt: at, expiresAt: expiresAt))
    }

    /// A professional declares an authorisation for `professional` (himself, or a colleague
    /// he entrusts part of the care to, L1111-17 II) with the patient's `consent`; it starts
    /// when the consent was collected.
    /// - Throws: `professionalBlocked` when the beneficiary or the collector is blocked;
    ///   `invalidSetting` for an expiry not after the consent.
    public mutating func declareAuthorisation(
        for professional: IDNPS, consent: PatientConsent, expiresAt: Date? = nil
    ) throws(DMPError) {
        guard !blockedProfessionals.contains(consent.collectedBy) else {
            throw DMPError(.professionalBlocked, "A professional blocked by the holder cannot collect a consent.")
        }
        try add(Authorisation(
            professional: professional, origin: .declaredByProfessional(consent: consent),
            grantedAt: consent.collectedAt, expiresAt: expiresAt))
    }

    /// Withdraws every authorisation of `professional` still running at `at`.
    /// - Returns: whether one was running.
    @discardableResult
    public mutating func revokeAuthorisation(of professional: IDNPS, at: Date) -> Bool {
        var revoked = false
        for index in authorisations.indices where authorisations[index].professional == professional
            && authorisations[index].revokedAt == nil && !(authorisations[index].expiresAt.map { $0 <= at } ?? false) {
            authorisations[index].revokedAt = at
            revoked = true
        }
        return revoked
    }

    /// Blocks `professional`: no access at all, in any mode, even with an authorisation.
    /// Existing authorisations are kept, so unblocking restores what the holder had set.
    /// - Throws: `designatedProfessionalCannotBeBlocked` for the médecin traitant or an
    ///   administrator: the designation must be withdrawn first.
    public mutating func block(_ professional: IDNPS) throws(DMPError) {
        if attendingPhysician == professional {
            throw DMPError(.designatedProfessionalCannotBeBlocked, "The médecin traitant cannot be blocked while designated.")
        }
        if administrators.contains(professional) {
            throw DMPError(
                .designatedProfessionalCannotBeBlocked,
                "A professional given the médecin traitant's rights cannot be blocked; withdraw those rights first.")
        }
        blockedProfessionals.insert(professional)
    }

    /// Lifts a block.
    public mutating func unblock(_ professional: IDNPS) {
        blockedProfessionals.remove(professional)
    }

    /// Designates the médecin traitant DMP, or clears it with nil.
    /// - Throws: `professionalBlocked` for a blocked professional.
    public mutating func designateAttendingPhysician(_ professional: IDNPS?) throws(DMPError) {
        if let professional, blockedProfessionals.contains(professional) {
            throw DMPError(.professionalBlocked, "A blocked professional cannot be designated médecin traitant; unblock them first.")
        }
        attendingPhysician = professional
    }

    /// Gives `professional` the médecin traitant's rights ("administrateur").
    /// - Throws: `professionalBlocked` for a blocked professional.
    public mutating func addAdministrator(_ professional: IDNPS) throws(DMPError) {
        guard !blockedProfessionals.contains(professional) else {
            throw DMPError(.professionalBlocked, "A blocked professional cannot be given the médecin traitant's rights.")
        }
        administrators.insert(professional)
    }

    /// Withdraws the médecin traitant's rights from `professional`.
    public mutating func removeAdministrator(_ professional: IDNPS) {
        administrators.remove(professional)
    }

    private mutating func add(_ authorisation: Authorisation) throws(DMPError) {
        guard !blockedProfessionals.contains(authorisation.professional) else {
            throw DMPError(.professionalBlocked, "A professional blocked by the holder cannot be authorised; unblock them first.")
        }
        if let expiry = authorisation.expiresAt, expiry <= authorisation.grantedAt {
            throw DMPError(.invalidSetting, "An authorisation must end after it starts.", element: "expiresAt")
        }
        revokeAuthorisation(of: authorisation.professional, at: authorisation.grantedAt)
        authorisations.append(authorisation)
    }
}
