import DMPAuth
import DMPDomain
import Foundation
import JWTKit
import Testing

@Suite("Signature, issuer and key selection")
struct SignatureTests {
    @Test("a token from the trusted issuer gives the professional actor")
    func valid() async throws {
        let fixture = try await Fixture()
        let token = try await fixture.issuer.token()
        let actor = try await fixture.verifier.actor(fromAuthorizationHeader: "Bearer \(token)")
        #expect(actor == Actor(
            kind: .professional, id: "810999900011", displayName: "Claire LEFEBVRE", professionCode: "10",
            specialtyCode: "SM54", structureId: "1750999906", structureName: "Centre de santé des Tilleuls",
            sectorCode: "SA05", accessMode: .normal, accessReason: nil))
        let verified = try await fixture.verifier.verify(token: token)
        #expect(verified.issuer == TestIssuer.issuerURL)
        #expect(verified.tokenID == "token-1")
        #expect(verified.expiresAt == TestIssuer.now.addingTimeInterval(300))
        #expect(verified.claims.card == "CPS")
        #expect(verified.claims.softwareID == "LPS-42")
        #expect(verified.claims.softwareName == "MonLogiciel")
        #expect(verified.claims.softwareVersion == "3.1")
    }

    @Test("a payload changed after signing has an invalid signature")
    func tampered() async throws {
        let fixture = try await Fixture()
        let token = try await fixture.issuer.token()
        let parts = token.split(separator: ".").map(String.init)
        let forged = try JSONEncoder().encode(fixture.issuer.claims(["profession": "10", "name": "Someone Else"]))
        let tampered = "\(parts[0]).\(RawToken.encode(forged)).\(parts[2])"
        #expect(await fixture.error(for: tampered) == .invalidSignature)
    }

    @Test("a token signed by an unrelated key under the trusted kid has an invalid signature")
    func unrelatedKey() async throws {
        let fixture = try await Fixture()
        let impostor = TestIssuer()  // same iss and kid, another key
        #expect(await fixture.error(for: try await impostor.token()) == .invalidSignature)
    }

    @Test("a signature of the wrong length is an invalid signature, not a crash")
    func truncatedSignature() async throws {
        let fixture = try await Fixture()
        let token = try await fixture.issuer.token()
        #expect(await fixture.error(for: String(token.dropLast(8))) == .invalidSignature)
        let parts = token.split(separator: ".")
        #expect(await fixture.error(for: "\(parts[0]).\(parts[1]).") == .invalidSignature)
    }

    @Test("an untrusted issuer is refused, even with a valid signature by its own key")
    func unknownIssuer() async throws {
        let fixture = try await Fixture()
        let other = TestIssuer(issuer: "https://elsewhere.test")
        #expect(await fixture.error(for: try await other.token()) == .unknownIssuer)
        let forgedIss = try await fixture.issuer.token(["iss": "https://elsewhere.test"])
        #expect(await fixture.error(for: forgedIss) == .unknownIssuer)
    }

    @Test("a token without iss lacks a required claim")
    func missingIssuer() async throws {
        #expect(try await Fixture().error(claims: ["iss": nil]) == .missingClaim("iss"))
    }

    @Test("a kid the issuer does not have is an unknown key id")
    func unknownKid() async throws {
        let fixture = try await Fixture()
        let token = try await fixture.issuer.sign(fixture.issuer.claims(), kid: "key-2")
        #expect(await fixture.error(for: token) == .unknownKeyID)
    }

    @Test("a JWKS with two keys: each token is checked with the key its kid names")
    func jwksKidSelection() async throws {
        let first = TestIssuer(kid: "2026-01")
        let second = TestIssuer(kid: "2026-07")
        let jwks = JWKSFixtures.document([first, second])
        let trusted = try TrustedIssuer(issuer: first.issuer, jwksJSON: jwks)
        #expect(trusted.keys.map(\.keyID) == ["2026-01", "2026-07"])
        let verifier = try await TokenVerifier(.init(issuers: [trusted], now: { TestIssuer.now }))
        for issuer in [first, second] {
            let actor = try await verifier.actor(fromAuthorizationHeader: "Bearer \(try await issuer.token())")
            #expect(actor.id == "810999900011")
        }
        // Signed by the second key but naming the first: the named key is used, and fails.
        let crossed = try await second.sign(second.claims(), kid: "2026-01")
        await #expect(throws: AuthenticationError.invalidSignature) {
            try await verifier.actor(fromAuthorizationHeader: "Bearer \(crossed)")
        }
    }

    @Test("without kid, any of the issuer's keys may verify")
    func noKid() async throws {
        let first = TestIssuer(kid: "a")
        let second = TestIssuer(kid: "b")
        let trusted = try TrustedIssuer(issuer: first.issuer, jwksJSON: JWKSFixtures.document([first, second]))
        let verifier = try await TokenVerifier(.init(issuers: [trusted], now: { TestIssuer.now }))
        let token = try await Self.withoutKid(key: second.key, claims: second.claims())
        #expect(try await verifier.verify(token: token).claims.subject.value == "810999900011")
        let strangerNoKid = try await Self.withoutKid(key: ES256PrivateKey(), claims: second.claims())
        await #expect(throws: AuthenticationError.invalidSignature) { try await verifier.verify(token: strangerNoKid) }
    }

    @Test("a key bound to ES256 refuses a token whose header says ES384")
    func keyAlgorithmMismatch() async throws {
        let fixture = try await Fixture { $0.allowedAlgorithms = [.es256, .es384] }
        var header = JWTHeader()
        header.alg = "ES384"
        let token = try await fixture.issuer.sign(fixture.issuer.claims(), header: header)
        #expect(await fixture.error(for: token) == .keyAlgorithmMismatch)
    }

    @Test("keys without a published kid are named by their RFC 7638 thumbprint")
    func thumbprint() async throws {
        let issuer = TestIssuer()
        let key = try IssuerKey(pem: issuer.publicPEM)
        #expect(key.keyID.count == 43)  // base64url of 32 bytes
        #expect(try IssuerKey(pem: issuer.publicPEM).keyID == key.keyID)
        let fixture = try await Fixture(issuer: TestIssuer(kid: key.keyID, key: issuer.key))
        #expect(await fixture.error(for: try await fixture.issuer.token()) == nil)
    }

    private static func withoutKid(key: ES256PrivateKey, claims: [String: JSONValue]) async throws -> String {
        let keys = JWTKeyCollection()
        await keys.add(ecdsa: key)
        return try await keys.sign(AnyPayload(claims))
    }
}
