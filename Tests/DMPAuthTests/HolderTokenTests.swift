import DMPAuth
import DMPDomain
import Foundation
import Testing

/// Holder tokens (`actor_type` `patient`) next to professional ones.
@Suite("Holder tokens")
struct HolderTokenTests {
    /// A valid NIR of the test authority.
    static let matricule = "279035121518989"
    /// The test INS authority.
    static let testOID = "1.2.250.1.213.1.4.10"

    /// The claims of a holder token: the GP claims minus the professional ones.
    static func holderClaims(_ changes: [String: JSONValue?] = [:]) -> [String: JSONValue?] {
        var claims: [String: JSONValue?] = [
            "sub": .string("urn:oid:\(testOID)|\(matricule)"), "name": "Marie DUPONT", "actor_type": "patient",
            "profession": nil, "specialty": nil, "card": nil, "structure_id": nil, "structure_name": nil,
            "sector": nil, "purpose_of_use": nil,
        ]
        for (name, value) in changes { claims[name] = value }
        return claims
    }

    @Test("a patient token gives the holder actor of the INS")
    func holderActor() async throws {
        let fixture = try await Fixture()
        let token = try await fixture.issuer.token(Self.holderClaims())
        let actor = try await fixture.verifier.actor(fromAuthorizationHeader: "Bearer \(token)")
        let ins = try INS(matricule: Self.matricule, authorityOID: Self.testOID)
        #expect(actor == Actor.holder(PatientKey(ins), displayName: "Marie DUPONT"))
        await #expect(throws: AuthenticationError.self) { try await fixture.verifier.verify(token: token) }
    }

    @Test("a bad INS, a foreign authority or a malformed sub is invalidClaim(sub)")
    func badINS() async throws {
        let fixture = try await Fixture()
        for sub in [
            "urn:oid:\(Self.testOID)|279035121518988", "urn:oid:1.2.250.1.213.1.4.13|\(Self.matricule)",
            Self.matricule, "urn:oid:\(Self.testOID)", "810999900011",
        ] {
            let error = try await fixture.error(claims: Self.holderClaims(["sub": .string(sub)]))
            guard case .invalidClaim("sub", _) = error else {
                Issue.record("\(sub) gave \(String(describing: error))")
                continue
            }
        }
        #expect(try await fixture.error(claims: Self.holderClaims(["name": nil])) == .missingClaim("name"))
        #expect(try await fixture.error(claims: Self.holderClaims(["sub": nil])) == .missingClaim("sub"))
    }

    @Test("an unknown actor_type is refused; professional tokens are unaffected")
    func actorTypes() async throws {
        let fixture = try await Fixture()
        let error = try await fixture.error(claims: Self.holderClaims(["actor_type": "robot"]))
        guard case .invalidClaim("actor_type", _) = error else {
            Issue.record("robot gave \(String(describing: error))")
            return
        }
        #expect(try await fixture.error(claims: ["actor_type": 3]) == .invalidClaim("actor_type", reason: "it has the wrong JSON type"))
        #expect(try await fixture.error(claims: [:]) == nil)
        #expect(try await fixture.error(claims: ["actor_type": "professional"]) == nil)
        let professional = try await fixture.verifier.verify(token: try await fixture.issuer.token(["actor_type": "professional"]))
        #expect(professional.actor.kind == .professional)
    }

    @Test("the development issuer mints holder tokens the verifier accepts")
    func development() async throws {
        let issuer = try DevelopmentIssuer.ephemeral()
        let ins = try INS(matricule: Self.matricule, authorityOID: Self.testOID)
        let token = try await issuer.mintHolderToken(ins: ins, displayName: "Marie DUPONT", lifetime: .seconds(60))
        let verifier = try await TokenVerifier(.init(issuers: [issuer.trustedIssuer]))
        let actor = try await verifier.actor(fromAuthorizationHeader: "Bearer \(token)")
        #expect(actor.kind == .patient)
        #expect(actor.id == PatientKey(ins).rawValue)
        await #expect(throws: DevelopmentIssuerError.self) {
            try await issuer.mintHolderToken(ins: ins, displayName: "  ", lifetime: .seconds(60))
        }
    }
}
