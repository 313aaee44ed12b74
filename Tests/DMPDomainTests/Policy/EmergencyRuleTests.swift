import DMPDomain
import Foundation
import Testing

/// Rules of the two emergency modes and their consents.
@Suite("Emergency access: break-the-glass and SAMU-Centre 15")
struct EmergencyRuleTests {
    /// Shorthand for the shared fixtures.
    typealias F = PolicyFixtures

    /// A physician in break-the-glass mode with a reason.
    static let btg = F.professional(F.physicianID, mode: .breakTheGlass, reason: "patient unconscious")
    /// A physician in centre 15 mode.
    static let regulator = F.professional(F.physicianID, mode: .centre15)

    @Test("break-the-glass grants consultation without an authorisation")
    func breakTheGlass() {
        let decision = F.decide(Self.btg)
        #expect(decision.reason.code == .emergencyBreakTheGlass)
        #expect(!decision.visibility.hidesEverything)
    }

    @Test("break-the-glass needs a non-blank reason", arguments: [nil, "", "   \n"])
    func reasonMissing(reason: String?) {
        let actor = F.professional(F.physicianID, mode: .breakTheGlass, reason: reason)
        #expect(F.decide(actor).reason.code == .breakTheGlassReasonMissing)
    }

    @Test("break-the-glass is refused when the holder denied BTG, even to an authorised professional")
    func btgDenied() throws {
        var settings = F.authorising(F.physicianID)
        try settings.setEmergencyConsent(.breakTheGlass, to: .deny)
        #expect(F.decide(Self.btg, settings: settings).reason.code == .emergencyDeniedByPatient)
    }

    @Test("centre 15 is for the SAMU regulator, who needs no authorisation")
    func centre15() {
        #expect(F.decide(Self.regulator, samu: true).reason.code == .emergencyCentre15)
        #expect(F.decide(Self.regulator, samu: false).reason.code == .notASAMURegulator)
        let nurse = F.professional(F.nurseID, profession: "60", mode: .centre15)
        #expect(F.decide(nurse, samu: true).reason.code == .notASAMURegulator)
    }

    @Test("centre 15 is refused when the holder denied ETREAT")
    func etreatDenied() throws {
        var settings = RecordSettings()
        try settings.setEmergencyConsent(.samu, to: .deny)
        #expect(F.decide(Self.regulator, settings: settings, samu: true).reason.code == .emergencyDeniedByPatient)
    }

    @Test("masked documents stay hidden in an emergency by default and show with MASKED permit")
    func maskedDocuments() throws {
        let masked = F.document(flags: F.masked)
        #expect(!F.decide(Self.btg).visibility.allows(masked))
        #expect(F.decide(Self.btg, .read, document: masked).reason.code == .maskedDocument)
        var settings = RecordSettings()
        try settings.setEmergencyConsent(.maskedDocuments, to: .permit)
        #expect(F.decide(Self.btg, settings: settings).visibility.allows(masked))
        #expect(F.decide(Self.regulator, .read, settings: settings, document: masked, samu: true).isAllowed)
        // MASKED concerns emergencies only: a normal access still does not see it.
        var authorised = F.authorising(F.physicianID)
        try authorised.setEmergencyConsent(.maskedDocuments, to: .permit)
        #expect(!F.decide(F.physician, settings: authorised).visibility.allows(masked))
    }

    @Test("the habilitation matrix applies in an emergency too")
    func matrixInEmergency() {
        let nurse = F.professional(F.nurseID, profession: "60", mode: .breakTheGlass, reason: "fall")
        let psychiatric = F.document(type: "68599-0")
        #expect(!F.decide(nurse).visibility.allows(psychiatric))
        #expect(F.decide(nurse, .read, document: psychiatric).reason.code == .habilitationMatrix)
    }

    @Test("the default consents: ETREAT and BTG permit, MASKED deny")
    func defaults() {
        #expect(EmergencyConsents.defaults == EmergencyConsents(samu: .permit, breakTheGlass: .permit, maskedDocuments: .deny))
        #expect(RecordSettings().emergencyConsents == .defaults)
    }
}
