import DMPDomain
import Foundation
internal import JWTKit

/// Turns the `Authorization` header of a professional's (or a record holder's) request
/// into an `Actor`.
///
/// It accepts only bearer JWTs signed (ES256 by default) by a configured trusted issuer,
/// for one of the configured audiences, within their validity period, and whose claims form
/// a valid DMP professional assertion, or, with `actor_type` `patient`, name a record
/// holder by a valid INS (see `docs/authentication.md`). It knows nothing of
/// HTTP: the server passes the raw header value and maps the error to a 401.
public struct TokenVerifier: Sendable {
    /// The audience DMP tokens name by default: `urn:dmp`, the VIHF `Ressource_URN`.
    public static let defaultAudience = "urn:dmp"

    /// The configuration it was built from.
    let configuration: Configuration
    /// Each trusted issuer's keys, ready to verify.
    let keysByIssuer: [String: [VerificationKey]]
    /// `configuration.clockSkew` in seconds.
    let skew: TimeInterval

    /// A key ready to check signatures.
    struct VerificationKey: Sendable {
        /// Its key id.
        let keyID: String
        /// The one algorithm it verifies.
        let algorithm: SignatureAlgorithm
        /// JWTKit's verifier for it.
        let verifier: any JWTAlgorithm
    }

    /// Checks the configuration and prepares every key.
    /// - Throws: `KeyConfigurationError` when the configuration cannot accept any token or a
    ///   key cannot be used.
    public init(_ configuration: Configuration) async throws(KeyConfigurationError) {
        guard !configuration.audiences.isEmpty else { throw .noAudience }
        guard !configuration.allowedAlgorithms.isEmpty else { throw .noAllowedAlgorithm }
        guard configuration.clockSkew >= .zero else { throw .negativeClockSkew }
        var keysByIssuer: [String: [VerificationKey]] = [:]
        for trusted in configuration.issuers {
            guard keysByIssuer[trusted.issuer] == nil else { throw .duplicateIssuer(trusted.issuer) }
            var keys: [VerificationKey] = []
            for key in trusted.keys {
                keys.append(try await Self.prepare(key))
            }
            keysByIssuer[trusted.issuer] = keys
        }
        self.configuration = configuration
        self.keysByIssuer = keysByIssuer
        let (seconds, attoseconds) = configuration.clockSkew.components
        self.skew = TimeInterval(seconds) + TimeInterval(attoseconds) / 1e18
    }

    /// The professional or the record holder acting, from a raw `Authorization` header value.
    /// - Throws: the first `AuthenticationError` found.
    public func actor(fromAuthorizationHeader header: String?) async throws(AuthenticationError) -> Actor {
        let token = try BearerCredentials.token(fromAuthorizationHeader: header)
        switch try verifySynchronously(token: token) {
        case .professional(let professional): return professional.actor
        case .holder(let holder): return holder
        }
    }

    /// The verified professional and token facts (issuer, jti, expiry, software), from a raw
    /// `Authorization` header value; for callers that also audit the token itself.
    public func authenticate(
        authorizationHeader header: String?
    ) async throws(AuthenticationError) -> AuthenticatedProfessional {
        let token = try BearerCredentials.token(fromAuthorizationHeader: header)
        return try await verify(token: token)
    }

    /// The verified professional, from a bare compact JWS. A valid holder token is refused
    /// here (`invalidClaim("actor_type")`): use `actor(fromAuthorizationHeader:)` for both.
    public func verify(token: String) async throws(AuthenticationError) -> AuthenticatedProfessional {
        switch try verifySynchronously(token: token) {
        case .professional(let professional): return professional
        case .holder: throw .invalidClaim("actor_type", reason: "a professional token is required here")
        }
    }

    /// JWTKit builds its verifiers inside its key-collection actor, hence the collection
    /// used once per key at start-up; verification itself then needs no actor hop.
    private static func prepare(_ key: IssuerKey) async throws(KeyConfigurationError) -> VerificationKey {
        let collection = JWTKeyCollection()
        switch key.material {
        case .p256(let material): await collection.add(ecdsa: material)
        case .p384(let material): await collection.add(ecdsa: material)
        case .p521(let material): await collection.add(ecdsa: material)
        }
        do {
            let verifier = try await collection.getKey()
            return VerificationKey(keyID: key.keyID, algorithm: key.algorithm, verifier: verifier)
        } catch {
            throw .unusableKey(reason: "the JWT library could not build a verifier for key \(key.keyID)")
        }
    }
}
