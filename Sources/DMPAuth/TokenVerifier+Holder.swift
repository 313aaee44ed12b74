import DMPDomain
import Foundation

extension TokenVerifier {
    /// The URN prefix of a holder token's `sub`: `urn:oid:<INS authority OID>|<matricule>`.
    static let holderSubjectPrefix = "urn:oid:"

    /// The holder a patient token (`actor_type` `patient`) names: `sub` a strictly valid INS
    /// (one of the four INS authorities, right length, characters and key), `name` a
    /// non-blank display name, `jti` bounded when present.
    func holderActor(from payload: TokenPayload) throws(AuthenticationError) -> Actor {
        guard let sub = payload.sub else { throw .missingClaim("sub") }
        let ins = try Self.holderINS(sub)
        guard let rawName = payload.name else { throw .missingClaim("name") }
        let name: String = try ProfessionalClaims.text(rawName, claim: "name", limit: ProfessionalClaims.maximumNameLength)
        _ = try ProfessionalClaims.text(payload.jti, claim: "jti", limit: 128)
        return Actor.holder(PatientKey(ins), displayName: name)
    }

    /// Parses `urn:oid:<oid>|<matricule>` into a validated INS; the reasons never echo the value.
    static func holderINS(_ sub: String) throws(AuthenticationError) -> INS {
        guard sub.hasPrefix(holderSubjectPrefix) else {
            throw .invalidClaim("sub", reason: "a patient token's subject must be urn:oid:<INS authority OID>|<matricule>")
        }
        let parts = sub.dropFirst(holderSubjectPrefix.count).split(separator: "|", omittingEmptySubsequences: false)
        guard parts.count == 2 else {
            throw .invalidClaim("sub", reason: "a patient token's subject must be urn:oid:<INS authority OID>|<matricule>")
        }
        do {
            return try INS(matricule: String(parts[1]), authorityOID: String(parts[0]))
        } catch {
            throw .invalidClaim("sub", reason: "it is not a valid INS (authority, length, characters or key)")
        }
    }
}
