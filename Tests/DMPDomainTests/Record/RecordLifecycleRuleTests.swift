import DMPDomain
import Foundation
import Testing

@Suite("Record lifecycle rules (pure)")
struct RecordLifecycleRuleTests {
    let key = PatientKey(try! INS(matricule: "279035121518989", authorityOID: INSAuthority.test.oid))
    let now = Date(timeIntervalSince1970: 1_767_225_600)

    @Test("an active record closes with a reason and a 10-year retention")
    func close() throws {
        let closed = try Record.created(key: key, at: now, traits: nil).closed(reason: " départ ", at: now, retention: .legal)
        #expect(closed.state == .closed && closed.closureReason == "départ")
        let end = try #require(closed.retentionUntil)
        #expect(Calendar(identifier: .gregorian).dateComponents([.year], from: now, to: end).year == 10)
        #expect(!closed.isPurgeable(at: end.addingTimeInterval(-1)))
        #expect(closed.isPurgeable(at: end))
    }

    @Test("only closed records holding data reopen; purge leaves a tombstone")
    func reopenAndPurge() throws {
        let active = Record.created(key: key, at: now, traits: nil)
        #expect(throws: DMPError.self) { try active.reopened() }
        let closed = try active.closed(reason: "x", at: now, retention: RetentionPeriod(years: 0))
        #expect(try closed.reopened().state == .active)
        let tombstone = try closed.purged(at: now)
        #expect(tombstone.state == .purged && !tombstone.holdsData)
        #expect(throws: DMPError.self) { try tombstone.reopened() }
        #expect(try tombstone.recreated(at: now, traits: nil).state == .active)
    }

    @Test("requireActive names the reason of each refusal")
    func refusals() throws {
        let opposition = Record.opposition(key: key, at: now)
        #expect(throws: DMPError(.recordOpposed, "The person has opposed the creation of a DMP.")) { try opposition.requireActive() }
        let closed = try Record.created(key: key, at: now, traits: nil).closed(reason: "x", at: now, retention: .legal)
        #expect(throws: DMPError(.recordClosed, "The DMP is closed.")) { try closed.requireActive() }
        #expect(throws: DMPError.self) { try closed.purged(at: now) }
    }

    @Test("opposing twice is refused; an opposition without data is withdrawn by creation")
    func opposition() throws {
        let opposition = Record.opposition(key: key, at: now)
        #expect(throws: DMPError.self) { try opposition.opposed(at: now, retention: .legal) }
        #expect(try opposition.recreated(at: now, traits: nil).state == .active)
        let withData = try Record.created(key: key, at: now, traits: nil).opposed(at: now, retention: .legal)
        #expect(throws: DMPError.self) { try withData.recreated(at: now, traits: nil) }
        #expect(try withData.reopened().state == .active)
    }
}
