import DMPDomain
import Foundation
import Testing

/// Rule: a block beats every other basis.
@Suite("A blocked professional gets nothing, in every mode")
struct BlockRuleTests {
    /// Shorthand for the shared fixtures.
    typealias F = PolicyFixtures

    /// Authorised, in a care team and with every emergency consent given: only the block
    /// stands in the way.
    func blockedSettings() throws -> RecordSettings {
        var settings = F.authorising(F.physicianID)
        try settings.declareCareTeam(CareTeamDeclaration(
            structure: try StructureIdentifier(F.hospital), declaredBy: "x", from: F.now.addingTimeInterval(-10)))
        try settings.setEmergencyConsent(.maskedDocuments, to: .permit)
        try settings.block(F.idnps(F.physicianID))
        return settings
    }

    @Test("blocked in normal, break-the-glass and centre 15 modes", arguments: [AccessMode.normal, .breakTheGlass, .centre15])
    func everyMode(mode: AccessMode) throws {
        let actor = F.professional(F.physicianID, mode: mode, reason: "unconscious", structure: F.hospital)
        let decision = F.decide(actor, settings: try blockedSettings(), samu: true)
        #expect(decision.reason.code == .blockedProfessional)
        #expect(decision.visibility.hidesEverything)
        #expect(!F.decide(actor, .read, settings: try blockedSettings(), document: F.document(), samu: true).isAllowed)
    }

    @Test("blocked even for their own documents when consulting")
    func ownDocuments() throws {
        let own = F.document(authorID: F.physicianID)
        let decision = F.decide(F.physician, .read, settings: try blockedSettings(), document: own)
        #expect(decision.reason.code == .blockedProfessional)
    }

    @Test("a blocked professional declares nothing and blocks no one")
    func noDeclarations() throws {
        let settings = try blockedSettings()
        #expect(F.decide(F.physician, .declareAuthorisation, settings: settings).reason.code == .blockedProfessional)
        #expect(F.decide(F.physician, .declareAttendingPhysician, settings: settings).reason.code == .blockedProfessional)
    }

    @Test("a blocked professional may still feed by default, and not when configured so")
    func feeding() throws {
        let settings = try blockedSettings()
        #expect(F.decide(F.physician, .publish, settings: settings).isAllowed)
        let strict = AccessPolicy(matrix: .bundled, blockedProfessionalsMayFeed: false)
        #expect(F.decide(F.physician, .publish, settings: settings, policy: strict).reason.code == .blockedProfessional)
    }

    @Test("unblocking restores the authorisation the holder had given")
    func unblock() throws {
        var settings = try blockedSettings()
        settings.unblock(F.idnps(F.physicianID))
        #expect(F.decide(F.physician, settings: settings).reason.code == .authorised)
    }

    @Test("a stored row that both designates and blocks a professional still blocks them")
    func blockWinsOverInconsistentRow() throws {
        var settings = RecordSettings()
        try settings.designateAttendingPhysician(F.idnps(F.physicianID))
        var json = try #require(JSONSerialization.jsonObject(with: JSONEncoder().encode(settings)) as? [String: Any])
        json["blockedProfessionals"] = [F.physicianID]
        let row = try JSONDecoder().decode(RecordSettings.self, from: JSONSerialization.data(withJSONObject: json))
        #expect(row.isAttendingPhysician(F.physicianID) && row.isBlocked(F.physicianID))
        #expect(F.decide(F.physician, settings: row).reason.code == .blockedProfessional)
        #expect(F.decide(F.physician, .blockProfessional, settings: row).reason.code == .blockedProfessional)
    }
}
