import DMPDomain
import Foundation

/// The settings to build, applying each change that the rules accept.
struct SettingsPlan: Sendable, CustomStringConvertible {
    /// Authorisations to try.
    let authorisations: [AuthorisationPlan]
    /// Care periods to try.
    let careTeams: [CareTeamPlan]
    /// Professionals to try to block.
    let blocked: [Int]
    /// Médecin traitant to try to designate.
    let attendingPhysician: Int?
    /// Administrators to try to add.
    let administrators: [Int]
    /// Whether blocks are tried before designations.
    let blocksFirst: Bool
    /// Bits: 1 ETREAT deny, 2 BTG deny, 4 MASKED permit.
    let consents: Int
    /// 0 none, 1–2 legal representative, 3 caregiver.
    let representative: Int
    /// Index in ``PolicyPools/birthDates``.
    let birthDate: Int
    /// "Mask all my documents".
    let masksAll: Bool

    /// Readable form for failures.
    var description: String {
        let physician = attendingPhysician.map(String.init) ?? "-"
        return "settings(\(authorisations) \(careTeams) blocked \(blocked) mt \(physician) admins \(administrators) "
            + "blocksFirst \(blocksFirst) consents \(consents) rep \(representative) birth \(birthDate))"
    }

    /// Changes the rules refuse (blocking the médecin traitant…) are skipped, as a portal
    /// would show the error and go on.
    func build() -> RecordSettings {
        typealias P = PolicyPools
        var settings = RecordSettings()
        let ids = P.professionals.map(PolicyFixtures.idnps)
        for plan in authorisations {
            let start = P.day(plan.startDay)
            let end = plan.lengthDays.map { P.day(plan.startDay + $0) }
            if plan.declared {
                let consent = PatientConsent(collectedBy: ids[plan.professional], collectedAt: start)
                try? settings.declareAuthorisation(for: ids[plan.professional], consent: consent, expiresAt: end)
            } else {
                try? settings.grantAuthorisation(to: ids[plan.professional], at: start, expiresAt: end)
            }
            if let revoked = plan.revokedDay { settings.revokeAuthorisation(of: ids[plan.professional], at: P.day(revoked)) }
        }
        for plan in careTeams {
            let structure = try! StructureIdentifier(P.structures[plan.structure])
            try? settings.declareCareTeam(CareTeamDeclaration(
                structure: structure, declaredBy: "x", from: P.day(plan.startDay),
                until: plan.lengthDays.map { P.day(plan.startDay + $0) }))
        }
        /// Tries the médecin traitant and the administrators.
        func designate() {
            try? settings.designateAttendingPhysician(attendingPhysician.map { ids[$0] })
            for index in administrators { try? settings.addAdministrator(ids[index]) }
        }
        if !blocksFirst { designate() }
        for index in blocked { try? settings.block(ids[index]) }
        if blocksFirst { designate() }
        try? settings.setEmergencyConsent(.samu, to: consents & 1 == 0 ? .permit : .deny)
        try? settings.setEmergencyConsent(.breakTheGlass, to: consents & 2 == 0 ? .permit : .deny)
        try? settings.setEmergencyConsent(.maskedDocuments, to: consents & 4 == 0 ? .deny : .permit)
        if representative > 0 {
            let kind: DelegationKind = representative < 3 ? .legalRepresentation : .caregiving
            try? settings.addLegalRepresentative(LegalRepresentative(id: P.representativeID, displayName: "R", kind: kind))
        }
        try? settings.setHolderBirthDate(P.birthDates[birthDate])
        settings.setMasksAllDocuments(masksAll)
        return settings
    }
}

/// One authorisation to try to add.
struct AuthorisationPlan: Sendable, CustomStringConvertible {
    /// Index in ``PolicyPools/professionals``.
    let professional: Int
    /// Start, in days from now.
    let startDay: Int
    /// Length in days, nil for no expiry.
    let lengthDays: Int?
    /// Revocation day, if any.
    let revokedDay: Int?
    /// Declared by a professional rather than granted.
    let declared: Bool

    /// Readable form for failures.
    var description: String {
        let length = lengthDays.map(String.init) ?? "∞"
        let revoked = revokedDay.map(String.init) ?? "-"
        return "auth(\(professional) from \(startDay) for \(length) revoked \(revoked) \(declared ? "declared" : "granted"))"
    }
}

/// One care period to try to add.
struct CareTeamPlan: Sendable, CustomStringConvertible {
    /// Index in ``PolicyPools/structures``.
    let structure: Int
    /// Start, in days from now.
    let startDay: Int
    /// Length in days, nil while it goes on.
    let lengthDays: Int?

    /// Readable form for failures.
    var description: String { "care(\(structure) from \(startDay) for \(lengthDays.map(String.init) ?? "∞"))" }
}
