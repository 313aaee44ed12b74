import DMPAuth
import Foundation
import JWTKit
import Testing

@Suite("Trusted issuer and verifier configuration")
struct KeyConfigurationTests {
    @Test("a PEM that is not an EC public key is refused")
    func badPEM() {
        #expect(throws: KeyConfigurationError.invalidPEM) { try IssuerKey(pem: "-----BEGIN PUBLIC KEY-----\nAAAA\n-----END PUBLIC KEY-----") }
        #expect(throws: KeyConfigurationError.invalidPEM) { try IssuerKey(pem: ES256PrivateKey().pemRepresentation) }
    }

    @Test("PEM keys on P-256, P-384 and P-521 get their algorithm from the curve")
    func curves() throws {
        #expect(try IssuerKey(pem: ES256PrivateKey().publicKey.pemRepresentation).algorithm == .es256)
        #expect(try IssuerKey(pem: ES384PrivateKey().publicKey.pemRepresentation).algorithm == .es384)
        #expect(try IssuerKey(pem: ES512PrivateKey().publicKey.pemRepresentation).algorithm == .es512)
    }

    @Test("an issuer needs a name, keys, and distinct key ids")
    func issuerRules() throws {
        let key = try IssuerKey(pem: TestIssuer().publicPEM, keyID: "k")
        #expect(throws: KeyConfigurationError.emptyIssuer) { try TrustedIssuer(issuer: "", keys: [key]) }
        #expect(throws: KeyConfigurationError.noKeys(issuer: "i")) { try TrustedIssuer(issuer: "i", keys: []) }
        let twin = try IssuerKey(pem: TestIssuer().publicPEM, keyID: "k")
        #expect(throws: KeyConfigurationError.duplicateKeyID(issuer: "i", keyID: "k")) {
            try TrustedIssuer(issuer: "i", keys: [key, twin])
        }
        let pems = try TrustedIssuer(issuer: "i", publicKeysPEM: [TestIssuer().publicPEM, TestIssuer().publicPEM])
        #expect(Set(pems.keys.map(\.keyID)).count == 2)
    }

    @Test("a JWKS must be JSON with keys, hold no private key, and have an EC signing key")
    func jwksRules() throws {
        #expect(throws: KeyConfigurationError.invalidJWKS(reason: "it is not a JSON object with a \"keys\" array of JWKs")) {
            try TrustedIssuer(issuer: "i", jwksJSON: "not json")
        }
        #expect(throws: KeyConfigurationError.noKeys(issuer: "i")) {
            try TrustedIssuer(issuer: "i", jwksJSON: JWKSFixtures.document([], extra: [JWKSFixtures.rsaEntry]))
        }
        let key = ES256PrivateKey()
        let parameters = try #require(key.parameters)
        let withD = #"{"keys":[{"kty":"EC","crv":"P-256","kid":"p","x":"\#(parameters.x)","y":"\#(parameters.y)","d":"AAAA"}]}"#
        #expect(throws: KeyConfigurationError.privateKeyInJWKS(keyID: "p")) { try TrustedIssuer(issuer: "i", jwksJSON: withD) }
        let encryption = #"{"keys":[{"kty":"EC","crv":"P-256","use":"enc","kid":"e","x":"\#(parameters.x)","y":"\#(parameters.y)"}]}"#
        #expect(throws: KeyConfigurationError.noKeys(issuer: "i")) { try TrustedIssuer(issuer: "i", jwksJSON: encryption) }
        let offCurve = #"{"keys":[{"kty":"EC","crv":"P-256","kid":"x","x":"AAAA","y":"AAAA"}]}"#
        #expect(throws: KeyConfigurationError.invalidJWKS(reason: "an EC key's coordinates are not a point of its curve")) {
            try TrustedIssuer(issuer: "i", jwksJSON: offCurve)
        }
        let mismatch = #"{"keys":[{"kty":"EC","crv":"P-256","alg":"ES384","kid":"m","x":"\#(parameters.x)","y":"\#(parameters.y)"}]}"#
        #expect(throws: KeyConfigurationError.invalidJWKS(reason: "an EC key's alg does not match its crv")) {
            try TrustedIssuer(issuer: "i", jwksJSON: mismatch)
        }
    }

    @Test("EC entries for key agreement or other curves are skipped, not refused")
    func jwksSkips() throws {
        let parameters = try #require(ES256PrivateKey().parameters)
        let agreement = #"{"kty":"EC","crv":"P-256","alg":"ECDH-ES","kid":"ecdh","x":"\#(parameters.x)","y":"\#(parameters.y)"}"#
        let secp256k1 = #"{"kty":"EC","crv":"secp256k1","alg":"ES256K","kid":"k1","x":"AAAA","y":"AAAA"}"#
        let jwks = JWKSFixtures.document([TestIssuer(kid: "sig")], extra: [agreement, secp256k1, JWKSFixtures.octEntry])
        #expect(try TrustedIssuer(issuer: "i", jwksJSON: jwks).keys.map(\.keyID) == ["sig"])
        let unnamed = #"{"keys":[{"kty":"EC","crv":"P-256","x":"\#(parameters.x)","y":"\#(parameters.y)"}]}"#
        #expect(try TrustedIssuer(issuer: "i", jwksJSON: unnamed).keys.first?.keyID.count == 43)
    }

    @Test("a JWKS file is read; a missing one is reported with its path")
    func jwksFile() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("dmp-auth-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let file = directory.appendingPathComponent("jwks.json")
        try JWKSFixtures.document([TestIssuer(kid: "f1")]).write(to: file, atomically: true, encoding: .utf8)
        #expect(try TrustedIssuer(issuer: "i", jwksFile: file.path).keys.map(\.keyID) == ["f1"])
        let missing = directory.appendingPathComponent("none.json").path
        #expect(throws: KeyConfigurationError.unreadableJWKSFile(path: missing, reason: "it is missing, unreadable or not UTF-8")) {
            try TrustedIssuer(issuer: "i", jwksFile: missing)
        }
    }

    @Test("a trusted issuer's JWKS round-trips")
    func jwksRoundTrip() throws {
        let original = try TrustedIssuer(issuer: "i", jwksJSON: JWKSFixtures.document([TestIssuer(kid: "a"), TestIssuer(kid: "b")]))
        let again = try TrustedIssuer(issuer: "i", jwksJSON: original.jwksJSON)
        #expect(again.keys.map(\.keyID) == ["a", "b"])
        #expect(!original.jwksJSON.contains("\"d\""))
    }

    @Test("a verifier needs an audience, an algorithm, a non-negative skew and distinct issuers")
    func verifierRules() async throws {
        let trusted = try TestIssuer().trusted()
        await #expect(throws: KeyConfigurationError.noAudience) { try await TokenVerifier(.init(issuers: [trusted], audiences: [])) }
        await #expect(throws: KeyConfigurationError.noAllowedAlgorithm) {
            try await TokenVerifier(.init(issuers: [trusted], allowedAlgorithms: []))
        }
        await #expect(throws: KeyConfigurationError.negativeClockSkew) {
            try await TokenVerifier(.init(issuers: [trusted], clockSkew: .seconds(-1)))
        }
        await #expect(throws: KeyConfigurationError.duplicateIssuer(TestIssuer.issuerURL)) {
            try await TokenVerifier(.init(issuers: [trusted, trusted]))
        }
    }

    @Test("defaults: audience urn:dmp, ES256 only, 60 s skew")
    func defaults() {
        let configuration = TokenVerifier.Configuration(issuers: [])
        #expect(configuration.audiences == ["urn:dmp"])
        #expect(configuration.allowedAlgorithms == [.es256])
        #expect(configuration.clockSkew == .seconds(60))
    }
}
