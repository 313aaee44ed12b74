import DMPDomain
import Foundation
import Testing

/// Rules on managing settings and documents.
@Suite("Who manages settings and documents")
struct ManagementRuleTests {
    /// Shorthand for the shared fixtures.
    typealias F = PolicyFixtures

    /// Codes without `MASQUE_PS`.
    static let unmask = [ConfidentialityCode.normal]
    /// Codes with `MASQUE_PS`.
    static let mask = [ConfidentialityCode.normal, ConfidentialityCode.maskedToProfessionals]

    /// The reason code of a confidentiality change to `codes` by `actor`.
    func change(
        _ actor: Actor, _ document: DocumentMetadata, to codes: [Coding], settings: RecordSettings = RecordSettings()
    ) -> AccessReason.Code {
        F.decide(actor, .changeConfidentiality, settings: settings, document: document, codes: codes).reason.code
    }

    @Test("the holder manages settings and reads traces; professionals do not")
    func settingsByHolder() {
        #expect(F.decide(F.holder, .manageSettings).reason.code == .holder)
        #expect(F.decide(F.holder, .readTraces).isAllowed)
        #expect(F.decide(F.physician, .manageSettings, settings: F.authorising(F.physicianID)).reason.code == .holderOnly)
        #expect(F.decide(F.physician, .readTraces, settings: F.authorising(F.physicianID)).reason.code == .holderOnly)
    }

    @Test("a professional declares an authorisation; only a physician declares being médecin traitant")
    func professionalDeclarations() {
        #expect(F.decide(F.nurse, .declareAuthorisation).reason.code == .professionalDeclaration)
        #expect(F.decide(F.physician, .declareAttendingPhysician).reason.code == .professionalDeclaration)
        #expect(F.decide(F.nurse, .declareAttendingPhysician).reason.code == .notAPhysician)
    }

    @Test("the médecin traitant may block a professional; an authorised professional may not")
    func blocking() throws {
        var settings = F.authorising(F.dentistID)
        try settings.designateAttendingPhysician(F.idnps(F.physicianID))
        #expect(F.decide(F.physician, .blockProfessional, settings: settings).reason.code == .attendingPhysician)
        #expect(F.decide(F.dentist, .blockProfessional, settings: settings).reason.code == .holderOnly)
        #expect(F.decide(F.holder, .blockProfessional).isAllowed)
    }

    @Test("only an author changes a document's status or replaces it")
    func statusByAuthorOnly() {
        let document = F.document(authorID: F.otherPhysicianID)
        let settings = F.authorising(F.physicianID)
        #expect(F.decide(F.physician, .changeStatus, settings: settings, document: document).reason.code == .notAuthor)
        #expect(F.decide(F.physician, .replace, settings: settings, document: document).reason.code == .notAuthor)
        #expect(F.decide(F.otherPhysician, .changeStatus, document: document).reason.code == .author)
        #expect(F.decide(F.holder, .changeStatus, document: document).reason.code == .notAuthor)
        #expect(F.decide(F.holder, .changeStatus, document: F.holderDocument()).reason.code == .author)
    }

    @Test("a refusal on a document hidden from the actor does not reveal it")
    func hiddenDocumentNotRevealed() {
        let masked = F.document(flags: F.masked)
        let decision = F.decide(F.physician, .changeStatus, settings: F.authorising(F.physicianID), document: masked)
        #expect(decision.error?.code == .documentNotFound)
    }

    @Test("the holder masks from professionals and from representatives, never touches INVISIBLE_PATIENT")
    func holderConfidentiality() {
        let document = F.document()
        #expect(change(F.holder, document, to: Self.mask) == .holder)
        let fromRepresentatives = [ConfidentialityCode.normal, ConfidentialityCode.invisibleToLegalRepresentatives]
        #expect(change(F.holder, document, to: fromRepresentatives) == .holder)
        let invisible = [ConfidentialityCode.normal, ConfidentialityCode.invisibleToPatient]
        #expect(change(F.holder, document, to: invisible) == .confidentialityNotAllowed)
    }

    @Test("the médecin traitant and administrators mask and unmask; nothing else; others not at all")
    func attendingPhysicianMasks() throws {
        var settings = F.authorising(F.dentistID)
        try settings.designateAttendingPhysician(F.idnps(F.physicianID))
        try settings.addAdministrator(F.idnps(F.nurseID))
        let masked = F.document(flags: F.masked)
        let plain = F.document()
        #expect(change(F.physician, masked, to: Self.unmask, settings: settings) == .attendingPhysician)
        #expect(change(F.nurse, plain, to: Self.mask, settings: settings) == .administrator)
        let restricted = [ConfidentialityCode.restricted]
        #expect(change(F.physician, plain, to: restricted, settings: settings) == .confidentialityNotAllowed)
        #expect(change(F.dentist, plain, to: Self.mask, settings: settings) == .notAuthor)
    }

    @Test("the existing confidentiality check lets the médecin traitant mask when given the settings")
    func legacyConfidentialityCheck() throws {
        var settings = RecordSettings()
        try settings.designateAttendingPhysician(F.idnps(F.physicianID))
        let entry = DocumentEntry(
            entryUUID: .make(), logicalId: .make(), version: 1, patientKey: F.key, status: .approved,
            metadata: F.document(), submissionSetUUID: .make(), registeredAt: F.now, replaces: nil,
            blobSHA256: "", isCurrent: true)
        #expect(throws: Never.self) {
            try F.policy.checkConfidentialityChange(of: entry, to: Self.mask, by: F.physician, settings: settings)
        }
        #expect(throws: DMPError.self) { try F.policy.checkConfidentialityChange(of: entry, to: Self.mask, by: F.physician) }
        #expect(throws: DMPError.self) {
            let restricted = [ConfidentialityCode.restricted]
            try F.policy.checkConfidentialityChange(of: entry, to: restricted, by: F.physician, settings: settings)
        }
    }

    @Test("a representative manages the minor's own documents and only masks others")
    func representativeManagement() throws {
        let settings = try MinorRuleTests.minorSettings()
        let minorsOwn = F.holderDocument()
        #expect(F.decide(F.representative, .changeStatus, settings: settings, document: minorsOwn).reason.code == .legalRepresentative)
        #expect(F.decide(F.representative, .changeStatus, settings: settings, document: F.document()).reason.code == .notAuthor)
        #expect(change(F.representative, F.document(), to: Self.mask, settings: settings) == .legalRepresentative)
        let invisible = [ConfidentialityCode.normal, ConfidentialityCode.invisibleToLegalRepresentatives]
        #expect(change(F.representative, F.document(), to: invisible, settings: settings) == .confidentialityNotAllowed)
    }

    @Test("a document action without its document is malformed")
    func documentRequired() {
        let decision = F.decide(F.holder, .changeStatus)
        #expect(decision.reason.code == .documentRequired)
        #expect(decision.error?.code.category == .malformed)
    }
}
