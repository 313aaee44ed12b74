import Foundation

/// Why a request's bearer token did not authenticate a professional.
///
/// One case per failure, so that tests, logs and the audit of refused accesses can tell them
/// apart. No case carries text taken from the token: messages end up in `WWW-Authenticate`
/// headers and logs, where a token (or an attacker-chosen claim value) must never appear.
public enum AuthenticationError: Error, Equatable, Sendable, CustomStringConvertible {
    /// No `Authorization` header, or an empty one.
    case missingCredentials
    /// An `Authorization` header with another scheme than `Bearer` (e.g. `Basic`).
    case notBearer
    /// The header or the token is not a well-formed compact JWS; the reason is ours.
    case malformedToken(reason: String)
    /// The `alg` header names an algorithm outside the allowed list (`none`, `HS256`,
    /// `RS256`…). Carries the name when it is a plain JWS name, `nil` otherwise.
    case disallowedAlgorithm(String?)
    /// The `iss` claim names no configured trusted issuer.
    case unknownIssuer
    /// The `kid` header names no key of the issuer.
    case unknownKeyID
    /// The key named by `kid` is for another algorithm than the `alg` header says.
    case keyAlgorithmMismatch
    /// The signature does not verify with the issuer's key(s).
    case invalidSignature
    /// No `aud` value is one of the audiences this server accepts.
    case wrongAudience
    /// `exp` has passed (clock skew included).
    case expired
    /// `nbf` or `iat` is still in the future (clock skew included).
    case notYetValid
    /// A required claim is absent; carries the claim name.
    case missingClaim(String)
    /// A claim has the wrong JSON type, a bad shape or is too long; carries the claim name
    /// and the rule broken.
    case invalidClaim(String, reason: String)
    /// `sub` is not a valid IDNPS; carries the rule broken.
    case invalidProfessionalIdentifier(reason: String)
    /// `structure_id` is not a valid StructIdNat; carries the rule broken.
    case invalidStructureIdentifier(reason: String)
    /// `profession` is not an active TRE_G15 code.
    case unknownProfession
    /// `sector` is not a TRE_R02 sector of activity.
    case unknownSector
    /// `card` is not a TRE_R87 card type (CPS, CPE, CPF, CPA).
    case unknownCardType
    /// `purpose_of_use` is not a TRE_R248 access mode.
    case unknownAccessMode
    /// `bris_de_glace` without a non-blank `access_reason`.
    case missingAccessReason
    /// `access_reason` is longer than the limit; carries the limit.
    case accessReasonTooLong(limit: Int)
    /// `centre_15` by someone who is not asserted to be a SAMU regulating physician.
    case notARegulatingPhysician

    /// A clear English sentence, safe to show to the caller and to log.
    public var description: String {
        switch self {
        case .missingCredentials:
            return "No bearer token: send 'Authorization: Bearer <token>'."
        case .notBearer:
            return "The Authorization header must use the Bearer scheme."
        case .malformedToken(let reason):
            return "The bearer token is malformed: \(reason)."
        case .disallowedAlgorithm(let name):
            let shown = name.map { "'\($0)'" } ?? "of the token"
            return "The signature algorithm \(shown) is not accepted."
        case .unknownIssuer:
            return "The token's issuer (iss) is not a trusted issuer."
        case .unknownKeyID:
            return "The token's key id (kid) names no key of its issuer."
        case .keyAlgorithmMismatch:
            return "The token's algorithm (alg) does not match the key its kid names."
        case .invalidSignature:
            return "The token's signature is invalid."
        case .wrongAudience:
            return "The token is not intended for this service (aud)."
        case .expired:
            return "The token has expired (exp)."
        case .notYetValid:
            return "The token is not valid yet (nbf or iat in the future)."
        case .missingClaim(let name):
            return "The token lacks the required claim '\(name)'."
        case .invalidClaim(let name, let reason):
            return "The claim '\(name)' is invalid: \(reason)."
        case .invalidProfessionalIdentifier(let reason):
            return "The subject (sub) is not a valid national professional identifier (IDNPS): \(reason)."
        case .invalidStructureIdentifier(let reason):
            return "The structure_id claim is not a valid national structure identifier: \(reason)."
        case .unknownProfession:
            return "The profession claim is not an active TRE_G15 profession code."
        case .unknownSector:
            return "The sector claim is not a TRE_R02 sector of activity (SAxx)."
        case .unknownCardType:
            return "The card claim is not a TRE_R87 card type (CPS, CPE, CPF or CPA)."
        case .unknownAccessMode:
            return "The purpose_of_use claim is not a TRE_R248 access mode (normal, bris_de_glace, centre_15)."
        case .missingAccessReason:
            return "Break-the-glass access (bris_de_glace) requires a non-blank access_reason."
        case .accessReasonTooLong(let limit):
            return "The access_reason claim is longer than \(limit) characters."
        case .notARegulatingPhysician:
            return "Centre 15 access requires a SAMU regulating physician (profession 10 and samu_regulator true)."
        }
    }
}
