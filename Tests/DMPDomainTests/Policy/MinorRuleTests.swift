import DMPDomain
import Foundation
import Testing

/// Rules on legal representatives and minority.
@Suite("Legal representatives act for a minor holder, and only while the holder is a minor")
struct MinorRuleTests {
    /// Shorthand for the shared fixtures.
    typealias F = PolicyFixtures

    /// The holder is born on 2010-06-15, so is 14 at ``PolicyFixtures/now``.
    static func minorSettings(birthDate: String = "2010-06-15") throws -> RecordSettings {
        var settings = RecordSettings()
        try settings.addLegalRepresentative(LegalRepresentative(id: F.representative.id, displayName: "Parent"))
        try settings.setHolderBirthDate(birthDate)
        return settings
    }

    /// An instant from ISO 8601 text.
    static func at(_ text: String) -> Date { ISO8601DateFormatter().date(from: text)! }

    @Test("a representative of a minor consults, manages settings and reads traces")
    func minor() throws {
        let settings = try Self.minorSettings()
        #expect(F.decide(F.representative, settings: settings).reason.code == .legalRepresentative)
        #expect(F.decide(F.representative, .manageSettings, settings: settings).isAllowed)
        #expect(F.decide(F.representative, .readTraces, settings: settings).isAllowed)
    }

    @Test("once the holder is of age, representatives have no access at all")
    func ofAge() throws {
        let settings = try Self.minorSettings(birthDate: "2000-01-01")
        for action in [AccessAction.search, .manageSettings, .readTraces, .publish] {
            #expect(F.decide(F.representative, action, settings: settings).reason.code == .holderNotAMinor)
        }
    }

    @Test("majority starts on the 18th birthday in Paris time")
    func birthday() throws {
        let settings = try Self.minorSettings(birthDate: "2007-01-01")
        // 2024-12-31T22:59:59Z is 23:59:59 in Paris: still 17.
        #expect(F.decide(F.representative, settings: settings, at: Self.at("2024-12-31T22:59:59Z")).isAllowed)
        // 2024-12-31T23:00:00Z is midnight in Paris on 1 January: 18.
        #expect(!F.decide(F.representative, settings: settings, at: Self.at("2024-12-31T23:00:00Z")).isAllowed)
    }

    @Test("someone born on 29 February comes of age on 1 March of a common year")
    func leapDay() throws {
        let settings = try Self.minorSettings(birthDate: "2008-02-29")
        #expect(F.decide(F.representative, settings: settings, at: Self.at("2026-02-28T12:00:00Z")).isAllowed)
        #expect(!F.decide(F.representative, settings: settings, at: Self.at("2026-03-01T12:00:00Z")).isAllowed)
    }

    @Test("the majority age is configurable")
    func configurable() throws {
        let settings = try Self.minorSettings()
        let policy = AccessPolicy(matrix: .bundled, majorityAge: 14)
        #expect(F.decide(F.representative, settings: settings, policy: policy).reason.code == .holderNotAMinor)
    }

    @Test("without a birth date in the settings, the INS traits decide; with none, no access")
    func birthDateSource() throws {
        var settings = RecordSettings()
        try settings.addLegalRepresentative(LegalRepresentative(id: F.representative.id, displayName: "Parent"))
        #expect(F.decide(F.representative, settings: settings).reason.code == .holderNotAMinor)
        let traits = INSTraits(
            birthName: "X", birthGivenNames: ["Y"], sex: .female, birthDate: "2015-03-02", birthPlaceCode: nil, status: .qualified)
        let withTraits = Record.created(key: F.key, at: F.now, traits: traits)
        #expect(F.decide(F.representative, settings: settings, record: withTraits).isAllowed)
    }

    @Test("an unlisted person, or a caregiver, is not a legal representative")
    func notListed() throws {
        var settings = try Self.minorSettings()
        try settings.addLegalRepresentative(LegalRepresentative(id: "aidant", displayName: "Aidant", kind: .caregiving))
        let stranger = Actor(kind: .legalRepresentative, id: "someone", displayName: "X")
        let caregiver = Actor(kind: .legalRepresentative, id: "aidant", displayName: "Aidant")
        #expect(F.decide(stranger, settings: settings).reason.code == .notALegalRepresentative)
        #expect(F.decide(caregiver, settings: settings).reason.code == .notALegalRepresentative)
    }
}
