import DMPDomain
import Foundation

extension DevelopmentIssuer {
    /// A token for a demo professional acting in `mode`, valid for `lifetime` from now:
    /// what `dmp token --professional gp --mode bris_de_glace --reason "..."` prints.
    /// - Throws: `DevelopmentIssuerError.claimsRejected` when the mode's rules are not met
    ///   (no reason for `bris_de_glace`, `centre_15` for someone not a SAMU regulator).
    public func mintToken(
        for professional: DevelopmentProfessional, mode: AccessMode, reason: String?, lifetime: Duration
    ) async throws(DevelopmentIssuerError) -> String {
        let claims: ProfessionalClaims
        do { claims = try professional.claims(mode: mode, reason: reason) } catch { throw .claimsRejected(error) }
        return try await mint(claims: claims, lifetime: lifetime)
    }
}
