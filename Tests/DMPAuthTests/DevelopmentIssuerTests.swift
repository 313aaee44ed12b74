import DMPAuth
import DMPDomain
import Foundation
import Testing

@Suite("Development issuer")
struct DevelopmentIssuerTests {
    /// A fresh, not yet existing data directory two levels deep.
    static func temporaryDirectory() -> URL {
        FileManager.default.temporaryDirectory.appendingPathComponent("dmp-auth-\(UUID().uuidString)/data")
    }

    /// A default verifier trusting only `issuer`.
    static func verifier(trusting issuer: DevelopmentIssuer) async throws -> TokenVerifier {
        try await TokenVerifier(.init(issuers: [issuer.trustedIssuer]))
    }

    @Test("mint → verify → actor, for a demo GP in break-the-glass")
    func roundTrip() async throws {
        let issuer = try DevelopmentIssuer.ephemeral()
        let token = try await issuer.mintToken(
            for: DevelopmentProfessionals.gp, mode: .breakTheGlass, reason: "Patiente inconsciente, urgence vitale", lifetime: .seconds(600))
        let verified = try await Self.verifier(trusting: issuer).authenticate(authorizationHeader: "Bearer \(token)")
        #expect(verified.actor == Actor(
            kind: .professional, id: "810999900011", displayName: "Claire LEFEBVRE-DEMO", professionCode: "10",
            specialtyCode: "SM54", structureId: "1750999906", structureName: "Centre de santé des Tilleuls (démo)",
            sectorCode: "SA05", accessMode: .breakTheGlass, accessReason: "Patiente inconsciente, urgence vitale"))
        #expect(verified.issuer == DevelopmentIssuer.defaultIssuer)
        #expect(verified.tokenID != nil)
        #expect(verified.claims.card == "CPS")
        let remaining = verified.expiresAt.timeIntervalSinceNow
        #expect(remaining > 590 && remaining <= 601)
    }

    @Test("every demo professional can mint a normal-mode token with a valid RPPS-based IDNPS")
    func catalogue() async throws {
        let issuer = try DevelopmentIssuer.ephemeral()
        let verifier = try await Self.verifier(trusting: issuer)
        #expect(Set(DevelopmentProfessionals.all.map(\.professionCode)) == ["10", "21", "40", "60"])
        for professional in DevelopmentProfessionals.all {
            #expect(try RPPS(professional.rpps).idnps.value == professional.idnps)
            #expect(DevelopmentProfessionals.named(professional.handle.uppercased()) == professional)
            let token = try await issuer.mintToken(for: professional, mode: .normal, reason: nil, lifetime: .seconds(60))
            let actor = try await verifier.actor(fromAuthorizationHeader: "Bearer \(token)")
            #expect(actor.id == professional.idnps)
            #expect(actor.professionCode == professional.professionCode)
        }
        #expect(DevelopmentProfessionals.named("surgeon") == nil)
    }

    @Test("the SAMU regulator mints centre_15; the GP cannot")
    func centre15() async throws {
        let issuer = try DevelopmentIssuer.ephemeral()
        let token = try await issuer.mintToken(for: DevelopmentProfessionals.samuRegulator, mode: .centre15, reason: nil, lifetime: .seconds(60))
        let actor = try await Self.verifier(trusting: issuer).actor(fromAuthorizationHeader: "Bearer \(token)")
        #expect(actor.accessMode == .centre15)
        #expect(actor.sectorCode == "SA01")
        await #expect(throws: DevelopmentIssuerError.claimsRejected(.notARegulatingPhysician)) {
            try await issuer.mintToken(for: DevelopmentProfessionals.gp, mode: .centre15, reason: nil, lifetime: .seconds(60))
        }
    }

    @Test("minting refuses what the verifier would refuse")
    func mintRefusals() async throws {
        let issuer = try DevelopmentIssuer.ephemeral()
        await #expect(throws: DevelopmentIssuerError.claimsRejected(.missingAccessReason)) {
            try await issuer.mintToken(for: DevelopmentProfessionals.nurse, mode: .breakTheGlass, reason: "  ", lifetime: .seconds(60))
        }
        await #expect(throws: DevelopmentIssuerError.invalidLifetime) {
            try await issuer.mintToken(for: DevelopmentProfessionals.nurse, mode: .normal, reason: nil, lifetime: .zero)
        }
        var claims = try DevelopmentProfessionals.dentist.claims(mode: .normal, reason: nil)
        claims.profession = "93"
        await #expect(throws: DevelopmentIssuerError.claimsRejected(.unknownProfession)) {
            try await issuer.mint(claims: claims, lifetime: .seconds(60))
        }
        #expect(throws: DevelopmentIssuerError.emptyIssuerOrAudience) { try DevelopmentIssuer.ephemeral(issuer: "") }
    }

    @Test("an absurd lifetime gives a far expiry, not a crash")
    func hugeLifetime() async throws {
        let issuer = try DevelopmentIssuer.ephemeral()
        let token = try await issuer.mintToken(for: DevelopmentProfessionals.gp, mode: .normal, reason: nil, lifetime: .seconds(Int64.max / 2))
        let verified = try await Self.verifier(trusting: issuer).verify(token: token)
        #expect(verified.expiresAt > Date.distantFuture)
    }

    @Test("tokens of one dev issuer are refused by a verifier trusting another")
    func otherDevIssuer() async throws {
        let token = try await DevelopmentIssuer.ephemeral().mintToken(
            for: DevelopmentProfessionals.gp, mode: .normal, reason: nil, lifetime: .seconds(60))
        let verifier = try await Self.verifier(trusting: try DevelopmentIssuer.ephemeral())
        await #expect(throws: AuthenticationError.unknownKeyID) { try await verifier.verify(token: token) }
    }

    @Test("the key file is created 0600 and reused on a second start")
    func keyFile() async throws {
        let directory = Self.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory.deletingLastPathComponent()) }
        let first = try DevelopmentIssuer(dataDirectory: directory)
        let file = directory.appendingPathComponent(DevelopmentIssuer.keyFileName)
        let mode = try FileManager.default.attributesOfItem(atPath: file.path)[.posixPermissions] as? NSNumber
        #expect(mode?.intValue == 0o600)
        #expect(try String(contentsOf: file, encoding: .utf8).contains("PRIVATE KEY"))
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: directory.path)
        #expect(leftovers == [DevelopmentIssuer.keyFileName])

        let second = try DevelopmentIssuer(dataDirectory: directory)
        #expect(second.keyID == first.keyID)
        #expect(second.jwksJSON == first.jwksJSON)
        let token = try await first.mintToken(for: DevelopmentProfessionals.pharmacist, mode: .normal, reason: nil, lifetime: .seconds(60))
        #expect(try await Self.verifier(trusting: second).actor(fromAuthorizationHeader: "Bearer \(token)").professionCode == "21")
    }

    @Test("a key file readable by others, or not a key, is refused")
    func unsafeKeyFile() throws {
        let directory = Self.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory.deletingLastPathComponent()) }
        _ = try DevelopmentIssuer(dataDirectory: directory)
        let file = directory.appendingPathComponent(DevelopmentIssuer.keyFileName)
        try FileManager.default.setAttributes([.posixPermissions: 0o644], ofItemAtPath: file.path)
        #expect(throws: DevelopmentIssuerError.keyFileTooOpen(path: file.path)) { try DevelopmentIssuer(dataDirectory: directory) }
        try FileManager.default.setAttributes([.posixPermissions: 0o600], ofItemAtPath: file.path)
        try Data("garbage".utf8).write(to: file)
        try FileManager.default.setAttributes([.posixPermissions: 0o600], ofItemAtPath: file.path)
        #expect(throws: DevelopmentIssuerError.unreadableKeyFile(path: file.path)) { try DevelopmentIssuer(dataDirectory: directory) }
    }

    @Test("its JWKS and PEM configure a verifier just as well")
    func publishedKeys() async throws {
        let issuer = try DevelopmentIssuer.ephemeral()
        let fromJWKS = try TrustedIssuer(issuer: issuer.issuer, jwksJSON: issuer.jwksJSON)
        #expect(fromJWKS.keys.map(\.keyID) == [issuer.keyID])
        #expect(issuer.jwksJSON.contains(#""alg":"ES256""#))
        #expect(issuer.publicKeyPEM.contains("BEGIN PUBLIC KEY"))
        let fromPEM = try TrustedIssuer(issuer: issuer.issuer, publicKeysPEM: [issuer.publicKeyPEM])
        #expect(fromPEM.keys.map(\.keyID) == [issuer.keyID])
        let token = try await issuer.mintToken(for: DevelopmentProfessionals.dentist, mode: .normal, reason: nil, lifetime: .seconds(60))
        for trusted in [fromJWKS, fromPEM] {
            let verifier = try await TokenVerifier(.init(issuers: [trusted]))
            #expect(try await verifier.actor(fromAuthorizationHeader: "Bearer \(token)").professionCode == "40")
        }
    }
}
