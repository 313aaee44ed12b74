import DMPDomain
import Foundation

/// The outcome of a successful verification: who is acting, and the token facts worth
/// auditing.
public struct AuthenticatedProfessional: Hashable, Sendable {
    /// The validated claims.
    public let claims: ProfessionalClaims
    /// The token's issuer (`iss`).
    public let issuer: String
    /// The token's id (`jti`), when it has one.
    public let tokenID: String?
    /// When the token expires (`exp`).
    public let expiresAt: Date
    /// When it was issued (`iat`), when stated.
    public let issuedAt: Date?

    /// Assembles a verification outcome.
    public init(claims: ProfessionalClaims, issuer: String, tokenID: String?, expiresAt: Date, issuedAt: Date?) {
        self.claims = claims
        self.issuer = issuer
        self.tokenID = tokenID
        self.expiresAt = expiresAt
        self.issuedAt = issuedAt
    }

    /// The actor for use cases, policy and audit.
    public var actor: Actor { claims.actor }
}
