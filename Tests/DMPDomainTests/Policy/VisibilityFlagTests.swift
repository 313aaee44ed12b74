import DMPDomain
import Foundation
import Testing

/// Rules of the J58 visibility flags.
@Suite("Visibility flags: MASQUE_PS, INVISIBLE_PATIENT, INVISIBLE_REPRESENTANTS_LEGAUX")
struct VisibilityFlagTests {
    /// Shorthand for the shared fixtures.
    typealias F = PolicyFixtures

    /// A masked document by another physician.
    static let masked = F.document(flags: F.masked)

    /// The physician is the médecin traitant, the nurse an administrator, the dentist only
    /// authorised.
    func settings() throws -> RecordSettings {
        var settings = F.authorising(F.dentistID)
        try settings.designateAttendingPhysician(F.idnps(F.physicianID))
        try settings.addAdministrator(F.idnps(F.nurseID))
        return settings
    }

    @Test("MASQUE_PS hides from an authorised professional, in the query and for the document")
    func hiddenFromProfessionals() throws {
        let decision = F.decide(F.dentist, settings: try settings())
        #expect(!decision.visibility.allows(Self.masked))
        let read = F.decide(F.dentist, .read, settings: try settings(), document: Self.masked)
        #expect(read.reason.code == .maskedDocument)
        #expect(read.error?.code == .documentNotFound)
    }

    @Test("MASQUE_PS shows to the author, the médecin traitant and administrators")
    func shownToPrivileged() throws {
        let settings = try settings()
        #expect(F.decide(F.physician, settings: settings).visibility.allows(Self.masked))
        #expect(F.decide(F.physician, .read, settings: settings, document: Self.masked).reason.code == .attendingPhysician)
        #expect(F.decide(F.nurse, .read, settings: settings, document: Self.masked).reason.code == .administrator)
        let own = F.document(flags: F.masked, authorID: F.dentistID)
        #expect(F.decide(F.dentist, .read, settings: settings, document: own).reason.code == .author)
    }

    @Test("MASQUE_PS does not hide from the holder")
    func holderSeesMasked() {
        #expect(F.decide(F.holder, .read, document: Self.masked).reason.code == .holder)
    }

    @Test("INVISIBLE_PATIENT hides from the holder and representatives, not from professionals")
    func invisibleToPatient() throws {
        let hidden = F.document(flags: [ConfidentialityCode.invisibleToPatient])
        #expect(!F.decide(F.holder).visibility.allows(hidden))
        #expect(F.decide(F.holder, .read, document: hidden).reason.code == .invisibleToPatient)
        let minor = try MinorRuleTests.minorSettings()
        #expect(F.decide(F.representative, .read, settings: minor, document: hidden).reason.code == .invisibleToPatient)
        #expect(F.decide(F.dentist, .read, settings: try settings(), document: hidden).isAllowed)
    }

    @Test("the holder sees INVISIBLE_PATIENT on a document they wrote themselves")
    func holderAuthor() {
        let own = F.holderDocument(flags: [ConfidentialityCode.invisibleToPatient])
        #expect(F.decide(F.holder).visibility.allows(own))
        #expect(F.decide(F.holder, .read, document: own).reason.code == .author)
    }

    @Test("INVISIBLE_REPRESENTANTS_LEGAUX hides from representatives only, even on the minor's own documents")
    func invisibleToRepresentatives() throws {
        let secret = F.holderDocument(flags: [ConfidentialityCode.invisibleToLegalRepresentatives])
        let minor = try MinorRuleTests.minorSettings()
        #expect(!F.decide(F.representative, settings: minor).visibility.allows(secret))
        #expect(F.decide(F.representative, .read, settings: minor, document: secret).reason.code == .invisibleToRepresentatives)
        #expect(F.decide(F.holder, .read, document: secret).isAllowed)
    }
}
