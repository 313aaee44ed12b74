import DMPDomain
import Foundation
internal import JWTKit

extension DevelopmentIssuer {
    /// Signs a token for `claims`, valid from `now` for `lifetime`.
    ///
    /// The claims are first checked with the verifier's own rules, so that a token this
    /// issuer signs is never one the server would refuse for its content.
    /// - Throws: `DevelopmentIssuerError`.
    public func mint(
        claims: ProfessionalClaims, lifetime: Duration, now: Date = Date(), tokenID: String = UUID().uuidString
    ) async throws(DevelopmentIssuerError) -> String {
        guard lifetime > .zero else { throw .invalidLifetime }
        let checked: ProfessionalClaims
        do {
            checked = try claims.validated()
            _ = try ProfessionalClaims.text(tokenID, claim: "jti", limit: 128)
        } catch {
            throw .claimsRejected(error)
        }
        return try await sign(TokenPayload(claims: checked), lifetime: lifetime, now: now, tokenID: tokenID)
    }

    /// Adds the registered claims (`iss`, `aud`, `iat`, `nbf`, `exp`, `jti`) to `payload`
    /// and signs it.
    func sign(
        _ payload: TokenPayload, lifetime: Duration, now: Date, tokenID: String
    ) async throws(DevelopmentIssuerError) -> String {
        guard lifetime > .zero else { throw .invalidLifetime }
        var payload = payload
        let (seconds, attoseconds) = lifetime.components
        let issuedAt = now.timeIntervalSince1970.rounded(.down)
        payload.iss = issuer
        payload.aud = [audience]
        payload.iat = issuedAt
        payload.nbf = issuedAt
        payload.exp = issuedAt + Double(seconds) + (attoseconds > 0 ? 1 : 0)
        payload.jti = tokenID
        let keys = JWTKeyCollection()
        await keys.add(ecdsa: privateKey, kid: JWKIdentifier(string: keyID))
        do {
            return try await keys.sign(SignedPayload(payload: payload), kid: JWKIdentifier(string: keyID))
        } catch {
            throw .signingFailed
        }
    }
}

extension TokenPayload {
    /// The wire form of validated claims (registered claims left to the issuer).
    init(claims: ProfessionalClaims) {
        self.init()
        sub = claims.subject.value
        name = claims.name
        profession = claims.profession
        specialty = claims.specialty
        card = claims.card
        structureId = claims.structureId?.value
        structureName = claims.structureName
        sector = claims.sector
        samuRegulator = claims.samuRegulator ? true : nil
        purposeOfUse = claims.accessMode.code
        accessReason = claims.accessReason
        lpsId = claims.softwareID
        lpsName = claims.softwareName
        lpsVersion = claims.softwareVersion
    }
}

/// JWTKit signs `JWTPayload`s; its `verify(using:)` hook is unused because this module checks
/// claims itself, with an injectable clock and one error per failure.
struct SignedPayload: JWTPayload {
    /// The claims to sign.
    var payload: TokenPayload

    /// Wraps claims for signing.
    init(payload: TokenPayload) { self.payload = payload }
    /// Decodes the claims themselves (no wrapper on the wire).
    init(from decoder: any Decoder) throws { payload = try TokenPayload(from: decoder) }
    /// Encodes the claims themselves (no wrapper on the wire).
    func encode(to encoder: any Encoder) throws { try payload.encode(to: encoder) }
    /// Nothing to check when signing.
    func verify(using algorithm: some JWTAlgorithm) async throws {}
}
