import DMPDomain
import Foundation
import Testing

/// The shipped matrix against the spec's examples.
@Suite("The shipped habilitation matrix follows spec §3.3")
struct HabilitationMatrixTests {
    /// Shorthand for the shared fixtures.
    typealias F = PolicyFixtures

    /// The shipped matrix.
    static let matrix = HabilitationMatrix.bundled
    /// Every active J07 type.
    static let types = Terminology.bundled.valueSet(.typeCode).concepts

    /// Whether `profession` may consult the type `code`.
    static func may(_ profession: String?, _ code: String, system: String = F.loinc) -> Bool {
        matrix.mayConsult(typeCode: Coding(code: code, system: system), profession: profession)
    }

    @Test("physicians see every type but the attestation de résidence")
    func physicians() {
        let denied = Self.types.filter { !Self.matrix.mayConsult(typeCode: $0, profession: "10") }
        #expect(denied.map(\.code) == ["ATTEST-RESID"])
    }

    @Test("nurses cannot see the five types the spec lists, and see its examples", arguments: ["60", "69"])
    func nurses(profession: String) {
        for code in ["75496-0", "68599-0", "83901-9", "68817-6", "89601-9"] {
            #expect(!Self.may(profession, code), "\(code)")
        }
        for code in ["83981-1", "56445-0", "11488-4"] { #expect(Self.may(profession, code), "\(code)") }
        #expect(Self.may(profession, "PROT_ALD", system: F.treA05))
        #expect(Self.may(profession, "DOCPAT03", system: F.treA05))
    }

    @Test("dentists cannot see the five types the spec lists")
    func dentists() {
        for code in ["80788-3", "75496-0", "83981-1", "83901-9", "68599-0"] { #expect(!Self.may("40", code), "\(code)") }
        #expect(Self.may("40", "28617-9"))
    }

    @Test("pharmacists get the nurses' exclusions; midwives only the mental-health ones")
    func pharmacistsAndMidwives() {
        #expect(!Self.may("21", "89601-9"))
        #expect(Self.may("21", "60593-1"))
        #expect(Self.may("50", "89601-9"))
        #expect(!Self.may("50", "68599-0"))
        #expect(!Self.may("50", "ATTEST-RESID", system: F.treA05))
    }

    @Test("other professions are narrow")
    func narrow() {
        #expect(Self.may("70", "PRESC-KINE", system: F.treA05))
        #expect(Self.may("70", "60591-5"))
        #expect(!Self.may("70", "11502-2"))
        #expect(!Self.may("70", "68599-0"))
        #expect(Self.matrix.allowedTypeCodes(profession: "70").count < 20)
        #expect(Self.matrix.allowedTypeCodes(profession: "31").isEmpty)
    }

    @Test("an unknown or missing profession may consult nothing", arguments: [nil, "99", "X"])
    func unknownProfession(profession: String?) {
        #expect(Self.matrix.allowedTypeCodes(profession: profession).isEmpty)
        #expect(!Self.may(profession, "11488-4"))
        let actor = F.professional(F.unknownProfessionID, profession: profession)
        #expect(F.decide(actor, settings: F.authorising(F.unknownProfessionID)).reason.code == .noHabilitation)
    }

    @Test("a typeCode the terminology does not know is never consultable")
    func unknownType() {
        #expect(!Self.may("10", "00000-0"))
        #expect(!Self.matrix.allowedTypeCodes(profession: "10").contains { $0.code == "00000-0" })
    }

    @Test("the SQL list and the single-document answer agree for every profession and type")
    func listAgreesWithDocument() {
        for profession in Self.matrix.listedProfessions + ["99"] {
            let list = Self.matrix.allowedTypeCodes(profession: profession)
            for type in Self.types {
                let listed = list.contains { $0.matches(type) }
                #expect(listed == Self.matrix.mayConsult(typeCode: type, profession: profession), "\(profession) \(type.code)")
            }
        }
    }

    @Test("the habilitation restricts an authorised professional's query")
    func restrictionInQuery() {
        let decision = F.decide(F.nurse, settings: F.authorising(F.nurseID))
        #expect(decision.visibility.allowedTypeCodes == Self.matrix.allowedTypeCodes(profession: "60"))
        #expect(!decision.visibility.allows(F.document(type: "89601-9")))
        #expect(decision.visibility.allows(F.document(type: "11488-4")))
    }
}
