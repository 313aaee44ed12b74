import DMPAuth
import Foundation
import JWTKit
import Testing

@Suite("Algorithm policy")
struct AlgorithmPolicyTests {
    @Test("alg none is refused, with or without a signature part")
    func none() async throws {
        let fixture = try await Fixture()
        let claims = fixture.issuer.claims()
        for header in [#"{"alg":"none","typ":"JWT"}"#, #"{"alg":"none","kid":"key-1"}"#] {
            let token = try RawToken.make(header: header, payload: claims)
            #expect(await fixture.error(for: token) == .disallowedAlgorithm("none"))
        }
        // jwt-kit's own unsecured signer, for good measure.
        let keys = JWTKeyCollection()
        await keys.addUnsecuredNone()
        let unsecured = try await keys.sign(AnyPayload(claims))
        #expect(await fixture.error(for: unsecured) == .disallowedAlgorithm("none"))
    }

    @Test("HS256 signed with the issuer's public key as the secret (key confusion) is refused")
    func keyConfusion() async throws {
        let fixture = try await Fixture()
        let keys = JWTKeyCollection()
        for secret in [fixture.issuer.publicPEM, fixture.issuer.publicPEM.trimmingCharacters(in: .newlines)] {
            await keys.add(hmac: HMACKey(from: secret), digestAlgorithm: .sha256, kid: JWKIdentifier(string: "key-1"))
            let token = try await keys.sign(AnyPayload(fixture.issuer.claims()), kid: JWKIdentifier(string: "key-1"))
            #expect(await fixture.error(for: token) == .disallowedAlgorithm("HS256"))
        }
    }

    @Test("RS256 is refused even when the issuer's JWKS has an RSA key with that kid")
    func rs256() async throws {
        let issuer = TestIssuer()
        let jwks = JWKSFixtures.document([issuer], extra: [JWKSFixtures.rsaEntry, JWKSFixtures.octEntry])
        let trusted = try TrustedIssuer(issuer: issuer.issuer, jwksJSON: jwks)
        #expect(trusted.keys.map(\.keyID) == ["key-1"])  // RSA and oct entries skipped
        let verifier = try await TokenVerifier(.init(issuers: [trusted], now: { TestIssuer.now }))
        let token = try RawToken.make(
            header: #"{"alg":"RS256","kid":"rsa-1"}"#, payload: issuer.claims(), signature: Data(repeating: 7, count: 256))
        await #expect(throws: AuthenticationError.disallowedAlgorithm("RS256")) { try await verifier.verify(token: token) }
    }

    @Test("ES384 is refused by default and accepted once allowed, with a P-384 key")
    func es384() async throws {
        let key = ES384PrivateKey()
        let trusted = try TrustedIssuer(issuer: TestIssuer.issuerURL, keys: [IssuerKey(pem: key.publicKey.pemRepresentation, keyID: "p384")])
        let keys = JWTKeyCollection()
        await keys.add(ecdsa: key, kid: JWKIdentifier(string: "p384"))
        let token = try await keys.sign(AnyPayload(TestIssuer().claims()), kid: JWKIdentifier(string: "p384"))
        let strict = try await TokenVerifier(.init(issuers: [trusted], now: { TestIssuer.now }))
        await #expect(throws: AuthenticationError.disallowedAlgorithm("ES384")) { try await strict.verify(token: token) }
        let lenient = try await TokenVerifier(.init(issuers: [trusted], allowedAlgorithms: [.es256, .es384], now: { TestIssuer.now }))
        #expect(try await lenient.verify(token: token).claims.profession == "10")
    }

    @Test("only ECDSA algorithms can even be configured")
    func configurable() {
        #expect(SignatureAlgorithm.all.map(\.name) == ["ES256", "ES384", "ES512"])
        for name in ["none", "HS256", "HS512", "RS256", "PS256", "EdDSA", "es256"] {
            #expect(SignatureAlgorithm(name: name) == nil)
        }
        #expect(TokenVerifier.Configuration(issuers: []).allowedAlgorithms == [.es256])
    }

    @Test("an unregistered alg value is refused without being echoed")
    func oddAlgorithmName() async throws {
        let fixture = try await Fixture()
        let token = try RawToken.make(header: #"{"alg":"<script>\"x"}"#, payload: fixture.issuer.claims())
        let error = await fixture.error(for: token)
        #expect(error == .disallowedAlgorithm(nil))
        #expect(error?.description.contains("script") == false)
    }
}
