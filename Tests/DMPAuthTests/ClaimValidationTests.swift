import DMPAuth
import DMPDomain
import Foundation
import Testing

@Suite("DMP claim validation")
struct ClaimValidationTests {
    @Test("sub must be a valid IDNPS", arguments: ["", "9123", "8abc", "81099990001/X", String(repeating: "8", count: 65)])
    func badIDNPS(sub: String) async throws {
        let error = try await Fixture().error(claims: ["sub": .string(sub)])
        guard case .invalidProfessionalIdentifier(let reason) = error else { Issue.record("got \(String(describing: error))"); return }
        if sub.count > 3 { #expect(!reason.contains(sub)) }
    }

    @Test("sub, name and profession are required")
    func required() async throws {
        let fixture = try await Fixture()
        #expect(try await fixture.error(claims: ["sub": nil]) == .missingClaim("sub"))
        #expect(try await fixture.error(claims: ["name": nil]) == .missingClaim("name"))
        #expect(try await fixture.error(claims: ["profession": nil]) == .missingClaim("profession"))
    }

    @Test("structure_id must be a valid StructIdNat when present")
    func structure() async throws {
        let fixture = try await Fixture()
        let error = try await fixture.error(claims: ["structure_id": "1750 999906"])
        guard case .invalidStructureIdentifier = error else { Issue.record("got \(String(describing: error))"); return }
        #expect(try await fixture.error(claims: ["structure_id": nil, "structure_name": nil, "sector": nil]) == nil)
    }

    @Test("profession must be an active TRE_G15 code", arguments: ["99", "35", "93", "1", "010", "médecin"])
    func unknownProfession(code: String) async throws {
        #expect(try await Fixture().error(claims: ["profession": .string(code)]) == .unknownProfession)
    }

    @Test("every active TRE_G15 code is accepted", arguments: HealthProfessions.labels.keys.sorted())
    func knownProfession(code: String) async throws {
        #expect(try await Fixture().error(claims: ["profession": .string(code), "specialty": nil]) == nil)
    }

    @Test("profession as a JSON number is an invalid claim, not a coerced code")
    func professionNumber() async throws {
        #expect(try await Fixture().error(claims: ["profession": 10]) == .invalidClaim("profession", reason: "it has the wrong JSON type"))
    }

    @Test("sector must be a TRE_R02 sector; card a TRE_R87 type; specialty a code")
    func codes() async throws {
        let fixture = try await Fixture()
        #expect(try await fixture.error(claims: ["sector": "SA99"]) == .unknownSector)
        #expect(try await fixture.error(claims: ["sector": "EXP_PATIENT"]) == .unknownSector)
        #expect(try await fixture.error(claims: ["card": "CB"]) == .unknownCardType)
        for card in ["CPS", "CPE", "CPF", "CPA"] { #expect(try await fixture.error(claims: ["card": .string(card)]) == nil) }
        let error = try await fixture.error(claims: ["specialty": "SM 54; drop"])
        guard case .invalidClaim("specialty", _) = error else { Issue.record("got \(String(describing: error))"); return }
    }

    @Test("display texts must be non-blank, bounded and free of control characters")
    func texts() async throws {
        let fixture = try await Fixture()
        for (claim, value) in [("name", "   "), ("name", "Dr\u{1B}[31m X"), ("structure_name", String(repeating: "x", count: 201)),
                               ("lps_name", "a\nb"), ("jti", String(repeating: "j", count: 129))] {
            let error = try await fixture.error(claims: [claim: .string(value)])
            guard case .invalidClaim(claim, _) = error else { Issue.record("\(claim): got \(String(describing: error))"); continue }
        }
    }

    @Test("purpose_of_use defaults to normal and must be a TRE_R248 code")
    func accessMode() async throws {
        let fixture = try await Fixture()
        let token = try await fixture.issuer.token(["purpose_of_use": nil])
        #expect(try await fixture.verifier.actor(fromAuthorizationHeader: "Bearer \(token)").accessMode == .normal)
        for code in ["urgence", "NORMAL", "BTG", ""] {
            #expect(try await fixture.error(claims: ["purpose_of_use": .string(code)]) == .unknownAccessMode)
        }
    }

    @Test("bris_de_glace requires a non-blank reason, at most 500 characters")
    func breakTheGlass() async throws {
        let fixture = try await Fixture()
        #expect(try await fixture.error(claims: ["purpose_of_use": "bris_de_glace"]) == .missingAccessReason)
        #expect(try await fixture.error(claims: ["purpose_of_use": "bris_de_glace", "access_reason": " \n\t "]) == .missingAccessReason)
        let long = String(repeating: "é", count: 501)
        #expect(try await fixture.error(claims: ["purpose_of_use": "bris_de_glace", "access_reason": .string(long)])
            == .accessReasonTooLong(limit: 500))
        let reason = "  Patient inconscient aux urgences,\nantécédents inconnus  "
        let token = try await fixture.issuer.token(["purpose_of_use": "bris_de_glace", "access_reason": .string(reason)])
        let actor = try await fixture.verifier.actor(fromAuthorizationHeader: "Bearer \(token)")
        #expect(actor.accessMode == .breakTheGlass)
        #expect(actor.accessReason == "Patient inconscient aux urgences,\nantécédents inconnus")
        let exact = String(repeating: "é", count: 500)
        #expect(try await fixture.error(claims: ["purpose_of_use": "bris_de_glace", "access_reason": .string(exact)]) == nil)
    }

    @Test("centre_15 requires a physician asserted as SAMU regulator")
    func centre15() async throws {
        let fixture = try await Fixture()
        #expect(try await fixture.error(claims: ["purpose_of_use": "centre_15"]) == .notARegulatingPhysician)
        #expect(try await fixture.error(claims: ["purpose_of_use": "centre_15", "samu_regulator": false]) == .notARegulatingPhysician)
        #expect(try await fixture.error(claims: ["purpose_of_use": "centre_15", "samu_regulator": true, "profession": "60"])
            == .notARegulatingPhysician)
        #expect(try await fixture.error(claims: ["purpose_of_use": "centre_15", "samu_regulator": "true"])
            == .invalidClaim("samu_regulator", reason: "it has the wrong JSON type"))
        let token = try await fixture.issuer.token(["purpose_of_use": "centre_15", "samu_regulator": true, "sector": "SA01"])
        let actor = try await fixture.verifier.actor(fromAuthorizationHeader: "Bearer \(token)")
        #expect(actor.accessMode == .centre15)
        #expect(actor.accessReason == nil)
    }

    @Test("a reason given in normal mode is kept, a blank one dropped")
    func normalReason() async throws {
        let fixture = try await Fixture()
        let kept = try await fixture.issuer.token(["access_reason": "Consultation programmée"])
        #expect(try await fixture.verifier.actor(fromAuthorizationHeader: "Bearer \(kept)").accessReason == "Consultation programmée")
        let blank = try await fixture.issuer.token(["access_reason": "  "])
        #expect(try await fixture.verifier.actor(fromAuthorizationHeader: "Bearer \(blank)").accessReason == nil)
    }

    @Test("unknown claims are ignored")
    func extraClaims() async throws {
        #expect(try await Fixture().error(claims: ["scope": "openid", "given_name": "Claire"]) == nil)
    }
}
