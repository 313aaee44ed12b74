import DMPDomain
import Foundation
import Testing

/// The settings' own rules.
@Suite("Record settings keep their own rules")
struct RecordSettingsTests {
    /// Shorthand for the shared fixtures.
    typealias F = PolicyFixtures

    @Test("the médecin traitant cannot be blocked while designated, nor an administrator")
    func cannotBlockDesignated() throws {
        var settings = RecordSettings()
        try settings.designateAttendingPhysician(F.idnps(F.physicianID))
        try settings.addAdministrator(F.idnps(F.nurseID))
        let error = #expect(throws: DMPError.self) { try settings.block(F.idnps(F.physicianID)) }
        #expect(error?.code == .designatedProfessionalCannotBeBlocked)
        #expect(throws: DMPError.self) { try settings.block(F.idnps(F.nurseID)) }
        try settings.designateAttendingPhysician(nil)
        try settings.block(F.idnps(F.physicianID))
        #expect(settings.isBlocked(F.physicianID))
    }

    @Test("a blocked professional cannot be designated, made administrator or authorised")
    func blockedCannotBeDesignated() throws {
        var settings = RecordSettings()
        try settings.block(F.idnps(F.physicianID))
        let blocked = F.idnps(F.physicianID)
        #expect(throws: DMPError.self) { try settings.designateAttendingPhysician(blocked) }
        #expect(throws: DMPError.self) { try settings.addAdministrator(blocked) }
        let error = #expect(throws: DMPError.self) { try settings.grantAuthorisation(to: blocked, at: F.now) }
        #expect(error?.code == .professionalBlocked)
        let consent = PatientConsent(collectedBy: blocked, collectedAt: F.now)
        #expect(throws: DMPError.self) { try settings.declareAuthorisation(for: F.idnps(F.nurseID), consent: consent) }
    }

    @Test("a new authorisation supersedes the running one; an expiry must follow the start")
    func authorisations() throws {
        var settings = RecordSettings()
        let id = F.idnps(F.physicianID)
        try settings.grantAuthorisation(to: id, at: F.now.addingTimeInterval(-100))
        try settings.grantAuthorisation(to: id, at: F.now.addingTimeInterval(-50), expiresAt: F.now.addingTimeInterval(50))
        #expect(settings.authorisations.filter { $0.isActive(at: F.now) }.count == 1)
        #expect(settings.activeAuthorisation(of: F.physicianID, at: F.now)?.expiresAt == F.now.addingTimeInterval(50))
        #expect(throws: DMPError.self) { try settings.grantAuthorisation(to: id, at: F.now, expiresAt: F.now) }
    }

    @Test("a declared authorisation keeps who collected the consent and when")
    func declaredKeepsConsent() throws {
        var settings = RecordSettings()
        let consent = PatientConsent(collectedBy: F.idnps(F.physicianID), collectedAt: F.now, givenByRepresentative: "parent-1")
        try settings.declareAuthorisation(for: F.idnps(F.nurseID), consent: consent)
        #expect(settings.authorisations.first?.origin == .declaredByProfessional(consent: consent))
        #expect(settings.authorisations.first?.grantedAt == F.now)
    }

    @Test("care periods, representatives, birth dates and purposes are checked")
    func otherRules() throws {
        var settings = RecordSettings()
        let structure = try StructureIdentifier(F.hospital)
        #expect(throws: DMPError.self) {
            try settings.declareCareTeam(CareTeamDeclaration(structure: structure, declaredBy: "x", from: F.now, until: F.now))
        }
        try settings.addLegalRepresentative(LegalRepresentative(id: "p", displayName: "P"))
        #expect(throws: DMPError.self) { try settings.addLegalRepresentative(LegalRepresentative(id: "p", displayName: "Q")) }
        let removed = settings.removeLegalRepresentative(id: "p")
        #expect(removed)
        #expect(throws: DMPError.self) { try settings.setHolderBirthDate("2010-02-30") }
        #expect(throws: DMPError.self) { try settings.setHolderBirthDate("15/06/2010") }
        #expect(throws: DMPError.self) { try settings.setEmergencyConsent(EmergencyPurpose(rawValue: "OTHER"), to: .permit) }
    }

    @Test("mask-all applies to new documents; emergency notifications cannot be turned off")
    func maskAllAndNotifications() throws {
        var settings = RecordSettings()
        #expect(!settings.masksNewDocuments)
        settings.setMasksAllDocuments(true)
        #expect(settings.masksNewDocuments)
        #expect(NotificationEvent.all.allSatisfy(settings.notifications.isEnabled))
        try settings.setNotification(.newDocument, enabled: false)
        #expect(!settings.notifications.isEnabled(.newDocument))
        #expect(throws: DMPError.self) { try settings.setNotification(.emergencyAccess, enabled: false) }
    }

    @Test("settings survive a JSON round trip")
    func codable() throws {
        var settings = F.authorising(F.physicianID)
        let consent = PatientConsent(collectedBy: F.idnps(F.nurseID), collectedAt: F.now)
        try settings.declareAuthorisation(for: F.idnps(F.nurseID), consent: consent, expiresAt: F.now.addingTimeInterval(10))
        try settings.block(F.idnps(F.dentistID))
        try settings.designateAttendingPhysician(F.idnps(F.otherPhysicianID))
        try settings.declareCareTeam(CareTeamDeclaration(structure: try StructureIdentifier(F.hospital), declaredBy: "x", from: F.now))
        try settings.setEmergencyConsent(.maskedDocuments, to: .permit)
        try settings.addLegalRepresentative(LegalRepresentative(id: "p", displayName: "P"))
        try settings.setHolderBirthDate("2010-06-15")
        let data = try JSONEncoder().encode(settings)
        #expect(try JSONDecoder().decode(RecordSettings.self, from: data) == settings)
    }
}
