import Foundation

extension RecordSettings {
    /// Whether the professional with this IDNPS value is blocked.
    public func isBlocked(_ professionalID: String) -> Bool {
        blockedProfessionals.contains { $0.value == professionalID }
    }

    /// Whether the professional is the médecin traitant.
    public func isAttendingPhysician(_ professionalID: String) -> Bool {
        attendingPhysician?.value == professionalID
    }

    /// Whether the professional was given the médecin traitant's rights.
    public func isAdministrator(_ professionalID: String) -> Bool {
        administrators.contains { $0.value == professionalID }
    }

    /// The authorisation that lets the professional consult at `now`, if any.
    public func activeAuthorisation(of professionalID: String, at now: Date) -> Authorisation? {
        authorisations.first { $0.professional.value == professionalID && $0.isActive(at: now) }
    }

    /// The care-team declaration that covers a professional acting for `structureID` at
    /// `now`, if any.
    public func activeCareTeam(for structureID: String?, at now: Date) -> CareTeamDeclaration? {
        guard let structureID else { return nil }
        return careTeams.first { $0.structure.value == structureID && $0.isActive(at: now) }
    }

    /// The representative with this id whose kind lets them act for the holder.
    public func legalRepresentative(_ id: String) -> LegalRepresentative? {
        legalRepresentatives.first { $0.id == id && $0.kind == .legalRepresentation }
    }
}
