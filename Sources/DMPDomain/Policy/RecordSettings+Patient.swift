import Foundation

/// Rules on what the holder controls besides professionals: care teams, emergency consents,
/// masking, representatives, birth date, notifications.
extension RecordSettings {
    /// Records that the patient is in care in a structure.
    /// - Throws: `invalidSetting` when the care ends before it starts.
    public mutating func declareCareTeam(_ declaration: CareTeamDeclaration) throws(DMPError) {
        if let until = declaration.until, until <= declaration.from {
            throw DMPError(.invalidSetting, "A care period must end after it starts.", element: "until")
        }
        careTeams.append(declaration)
    }

    /// Ends, at `at`, every running care-team declaration of `structure` (the patient left
    /// care, or objected to the presumption).
    /// - Returns: whether one was running.
    @discardableResult
    public mutating func endCareTeam(_ structure: StructureIdentifier, at: Date) -> Bool {
        var ended = false
        for index in careTeams.indices where careTeams[index].structure == structure && careTeams[index].isActive(at: at) {
            careTeams[index].until = max(at, careTeams[index].from)
            ended = true
        }
        return ended
    }

    /// Sets one emergency consent.
    /// - Throws: `invalidSetting` for a purpose the policy does not know.
    public mutating func setEmergencyConsent(_ purpose: EmergencyPurpose, to decision: ConsentDecision) throws(DMPError) {
        switch purpose {
        case .samu: emergencyConsents.samu = decision
        case .breakTheGlass: emergencyConsents.breakTheGlass = decision
        case .maskedDocuments: emergencyConsents.maskedDocuments = decision
        default: throw DMPError(.invalidSetting, "Unknown emergency consent \(purpose).", element: "purpose")
        }
    }

    /// Turns "mask all my documents" on or off. The services mask (or unmask) the existing
    /// documents and, while it is on, add `MASQUE_PS` to new ones.
    public mutating func setMasksAllDocuments(_ on: Bool) {
        masksAllDocuments = on
    }

    /// Adds a person who acts for the holder.
    /// - Throws: `invalidSetting` when the id is blank or already listed.
    public mutating func addLegalRepresentative(_ representative: LegalRepresentative) throws(DMPError) {
        guard !representative.id.trimmingCharacters(in: .whitespaces).isEmpty else {
            throw DMPError(.invalidSetting, "A representative needs an identifier.", element: "id")
        }
        guard !legalRepresentatives.contains(where: { $0.id == representative.id }) else {
            throw DMPError(.invalidSetting, "This representative is already listed.", element: "id")
        }
        legalRepresentatives.append(representative)
    }

    /// Removes a representative.
    /// - Returns: whether one was listed.
    @discardableResult
    public mutating func removeLegalRepresentative(id: String) -> Bool {
        let before = legalRepresentatives.count
        legalRepresentatives.removeAll { $0.id == id }
        return legalRepresentatives.count != before
    }

    /// Sets the holder's birth date (`yyyy-MM-dd`), or nil to use the INS traits.
    /// - Throws: `invalidSetting` for text that is not a calendar date.
    public mutating func setHolderBirthDate(_ isoDate: String?) throws(DMPError) {
        if let isoDate, CalendarDate(iso: isoDate) == nil {
            throw DMPError(.invalidSetting, "A birth date is written yyyy-MM-dd.", element: "birthDate")
        }
        holderBirthDate = isoDate
    }

    /// Turns a notification on or off.
    /// - Throws: `invalidSetting` when turning off emergency-access notifications: the law
    ///   requires the holder to be informed of each one (CSP R1111-48).
    public mutating func setNotification(_ event: NotificationEvent, enabled: Bool) throws(DMPError) {
        if event == .emergencyAccess && !enabled {
            throw DMPError(
                .invalidSetting, "The holder is always informed of an emergency access (CSP R1111-48).", element: "notification")
        }
        notifications.set(event, enabled: enabled)
    }
}
