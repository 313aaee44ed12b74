import DMPDomain
import Foundation

extension DevelopmentIssuer {
    /// Signs a token for the holder of the record of `ins` (`actor_type` `patient`), valid
    /// from now for `lifetime`, as a patient-facing identity provider would.
    /// - Throws: `DevelopmentIssuerError`.
    public func mintHolderToken(
        ins: INS, displayName: String, lifetime: Duration, now: Date = Date(), tokenID: String = UUID().uuidString
    ) async throws(DevelopmentIssuerError) -> String {
        var payload = TokenPayload()
        do throws(AuthenticationError) {
            let name: String = try ProfessionalClaims.text(
                displayName, claim: "name", limit: ProfessionalClaims.maximumNameLength)
            payload.name = name
            _ = try ProfessionalClaims.text(tokenID, claim: "jti", limit: 128)
        } catch {
            throw .claimsRejected(error)
        }
        payload.sub = TokenVerifier.holderSubjectPrefix + ins.description
        payload.actorType = "patient"
        return try await sign(payload, lifetime: lifetime, now: now, tokenID: tokenID)
    }
}
