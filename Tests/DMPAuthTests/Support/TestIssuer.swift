import DMPAuth
import Foundation
import JWTKit

/// An issuer the tests control: its own ES256 key, signing with jwt-kit.
struct TestIssuer: Sendable {
    /// The fixed time tests stand at (2026-01-01T00:00:00Z).
    static let now = Date(timeIntervalSince1970: 1_767_225_600)
    /// The default `iss`.
    static let issuerURL = "https://issuer.test/dmp"

    /// Its `iss`.
    let issuer: String
    /// The `kid` its tokens carry.
    let kid: String
    /// Its signing key.
    let key: ES256PrivateKey

    /// An issuer with a fresh key unless one is given.
    init(issuer: String = TestIssuer.issuerURL, kid: String = "key-1", key: ES256PrivateKey = ES256PrivateKey()) {
        self.issuer = issuer
        self.kid = kid
        self.key = key
    }

    /// Its public key in PEM.
    var publicPEM: String { key.publicKey.pemRepresentation }

    /// The verifier-side description of this issuer.
    func trusted() throws -> TrustedIssuer {
        try TrustedIssuer(issuer: issuer, keys: [IssuerKey(pem: publicPEM, keyID: kid)])
    }

    /// A valid GP claim set at `now`, with `changes` applied (`nil` removes a member).
    func claims(_ changes: [String: JSONValue?] = [:], now: Date = TestIssuer.now) -> [String: JSONValue] {
        let t = Int(now.timeIntervalSince1970)
        var members: [String: JSONValue] = [
            "iss": .string(issuer), "aud": "urn:dmp", "exp": .number(Double(t + 300)),
            "iat": .number(Double(t)), "nbf": .number(Double(t)), "jti": "token-1",
            "sub": "810999900011", "name": "Claire LEFEBVRE", "profession": "10", "specialty": "SM54",
            "card": "CPS", "structure_id": "1750999906", "structure_name": "Centre de santé des Tilleuls",
            "sector": "SA05", "purpose_of_use": "normal", "lps_id": "LPS-42", "lps_name": "MonLogiciel",
            "lps_version": "3.1",
        ]
        for (name, value) in changes { members[name] = value }
        return members
    }

    /// Signs `members` with this issuer's key through jwt-kit; `header` may override `alg`,
    /// `kid` or add members.
    func sign(_ members: [String: JSONValue], kid: String? = nil, header: JWTHeader = JWTHeader()) async throws -> String {
        let keys = JWTKeyCollection()
        await keys.add(ecdsa: key)
        var header = header
        if header.kid == nil { header.kid = kid ?? self.kid }
        return try await keys.sign(AnyPayload(members), header: header)
    }

    /// `sign(claims(changes))`.
    func token(_ changes: [String: JSONValue?] = [:], now: Date = TestIssuer.now) async throws -> String {
        try await sign(claims(changes, now: now))
    }
}
