import DMPDomain
import Foundation
import Testing

/// Rule: consultation needs a basis, feeding none.
@Suite("Consultation needs a basis; feeding does not")
struct ConsultationBasisTests {
    /// Shorthand for the shared fixtures.
    typealias F = PolicyFixtures

    @Test("a professional without authorisation, care team or emergency mode sees nothing")
    func noAuthorisation() {
        let decision = F.decide(F.physician)
        #expect(!decision.isAllowed)
        #expect(decision.reason.code == .noAuthorisation)
        #expect(decision.visibility.hidesEverything)
        #expect(decision.error?.code.category == .forbidden)
    }

    @Test("an authorisation granted by the holder opens consultation")
    func granted() {
        let decision = F.decide(F.physician, settings: F.authorising(F.physicianID))
        #expect(decision.isAllowed)
        #expect(decision.reason.code == .authorised)
        #expect(!decision.visibility.hidesEverything)
    }

    @Test("an authorisation declared with the patient's consent opens consultation from the consent")
    func declared() throws {
        var settings = RecordSettings()
        let consent = PatientConsent(collectedBy: F.idnps(F.physicianID), collectedAt: F.now.addingTimeInterval(-60))
        try settings.declareAuthorisation(for: F.idnps(F.physicianID), consent: consent)
        #expect(F.decide(F.physician, settings: settings).reason.code == .authorised)
        #expect(F.decide(F.physician, settings: settings, at: F.now.addingTimeInterval(-120)).reason.code == .noAuthorisation)
    }

    @Test("an expired or revoked authorisation no longer opens consultation")
    func expiredOrRevoked() throws {
        var expiring = RecordSettings()
        try expiring.grantAuthorisation(to: F.idnps(F.physicianID), at: F.now.addingTimeInterval(-100), expiresAt: F.now)
        #expect(F.decide(F.physician, settings: expiring).reason.code == .noAuthorisation)
        #expect(F.decide(F.physician, settings: expiring, at: F.now.addingTimeInterval(-1)).isAllowed)

        var revoked = F.authorising(F.physicianID)
        let wasRunning = revoked.revokeAuthorisation(of: F.idnps(F.physicianID), at: F.now.addingTimeInterval(-1))
        #expect(wasRunning)
        #expect(F.decide(F.physician, settings: revoked).reason.code == .noAuthorisation)
    }

    @Test("a member of an active care team is presumed authorised; not before nor after the care")
    func careTeam() throws {
        var settings = RecordSettings()
        let structure = try StructureIdentifier(F.hospital)
        try settings.declareCareTeam(CareTeamDeclaration(
            structure: structure, declaredBy: F.otherPhysicianID, from: F.now.addingTimeInterval(-3600)))
        let member = F.professional(F.physicianID, structure: F.hospital)
        let outsider = F.professional(F.physicianID, structure: "1750000002")
        #expect(F.decide(member, settings: settings).reason.code == .careTeam)
        #expect(F.decide(outsider, settings: settings).reason.code == .noAuthorisation)
        #expect(F.decide(member, settings: settings, at: F.now.addingTimeInterval(-7200)).reason.code == .noAuthorisation)
        settings.endCareTeam(structure, at: F.now.addingTimeInterval(-1))
        #expect(F.decide(member, settings: settings).reason.code == .noAuthorisation)
    }

    @Test("the médecin traitant and administrators consult without a separate authorisation")
    func designated() throws {
        var settings = RecordSettings()
        try settings.designateAttendingPhysician(F.idnps(F.physicianID))
        try settings.addAdministrator(F.idnps(F.nurseID))
        #expect(F.decide(F.physician, settings: settings).reason.code == .attendingPhysician)
        #expect(F.decide(F.nurse, settings: settings).reason.code == .administrator)
    }

    @Test("feeding needs no authorisation")
    func feeding() {
        let decision = F.decide(F.physician, .publish)
        #expect(decision.isAllowed)
        #expect(decision.reason.code == .feeding)
        #expect(decision.visibility.hidesEverything)
    }

    @Test("an authorised author always sees their own document, whatever its flags or type")
    func authorSeesOwn() {
        let own = F.document(type: "68599-0", flags: F.masked, authorID: F.nurseID)
        let settings = F.authorising(F.nurseID)
        let read = F.decide(F.nurse, .read, settings: settings, document: own)
        #expect(read.reason.code == .author)
        #expect(F.decide(F.nurse, settings: settings).visibility.allows(own))
    }

    @Test("an author manages their own document without any authorisation")
    func authorManagesOwn() {
        let own = F.document(authorID: F.physicianID)
        #expect(F.decide(F.physician, .changeStatus, document: own).reason.code == .author)
        #expect(F.decide(F.physician, .replace, document: own).reason.code == .author)
        #expect(F.decide(F.physician, .changeConfidentiality, document: own, codes: [ConfidentialityCode.normal]).isAllowed)
    }

    @Test("nothing is done on a record that is not active, except by the operator")
    func inactiveRecord() throws {
        let closed = try F.record.closed(reason: "x", at: F.now, retention: RetentionPeriod(years: 10))
        let decision = F.decide(F.holder, record: closed)
        #expect(decision.reason.code == .recordNotActive)
        #expect(decision.visibility.hidesEverything)
        #expect(F.decide(.system("ops"), record: closed).isAllowed)
    }

    @Test("a patient may not consult another person's record")
    func otherPatient() throws {
        let stranger = Actor.holder(PatientKey(rawValue: "\(INSAuthority.test.oid)|180010100100158"))
        #expect(F.decide(stranger).reason.code == .notTheHolder)
    }
}
