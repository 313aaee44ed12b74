import Foundation

/// Why a verifier or a development issuer could not be set up from its configuration.
/// These are operator errors, raised at start-up, never in answer to a request.
public enum KeyConfigurationError: Error, Equatable, Sendable, CustomStringConvertible {
    /// A trusted issuer with an empty `iss` value.
    case emptyIssuer
    /// The same issuer configured twice; carries it.
    case duplicateIssuer(String)
    /// An issuer with no usable key; carries the issuer.
    case noKeys(issuer: String)
    /// Two keys of one issuer share a key id; carries both.
    case duplicateKeyID(issuer: String, keyID: String)
    /// A PEM text that is not an EC public key on P-256, P-384 or P-521.
    case invalidPEM
    /// A JWKS document that cannot be used; carries the reason.
    case invalidJWKS(reason: String)
    /// A JWKS document that holds a private key (`d`): a trusted key set must be public.
    case privateKeyInJWKS(keyID: String?)
    /// A JWKS file that cannot be read; carries its path and the reason.
    case unreadableJWKSFile(path: String, reason: String)
    /// No audience configured: every token would be refused.
    case noAudience
    /// No allowed algorithm configured: every token would be refused.
    case noAllowedAlgorithm
    /// A negative clock skew.
    case negativeClockSkew
    /// The JWT library refused a key; carries its reason.
    case unusableKey(reason: String)

    /// A clear English sentence for the operator.
    public var description: String {
        switch self {
        case .emptyIssuer:
            return "A trusted issuer needs a non-empty issuer (iss) value."
        case .duplicateIssuer(let issuer):
            return "The issuer \"\(issuer)\" is configured twice; give all its keys in one entry."
        case .noKeys(let issuer):
            return "The issuer \"\(issuer)\" has no usable EC signing key."
        case .duplicateKeyID(let issuer, let keyID):
            return "The issuer \"\(issuer)\" has two keys with the key id \"\(keyID)\"."
        case .invalidPEM:
            return "The PEM text is not an EC public key (\"BEGIN PUBLIC KEY\") on P-256, P-384 or P-521."
        case .invalidJWKS(let reason):
            return "The JWKS document cannot be used: \(reason)."
        case .privateKeyInJWKS(let keyID):
            return "The JWKS document holds a private key\(keyID.map { " (kid \"\($0)\")" } ?? ""); publish public keys only."
        case .unreadableJWKSFile(let path, let reason):
            return "The JWKS file \(path) cannot be read: \(reason)."
        case .noAudience:
            return "The token verifier needs at least one accepted audience."
        case .noAllowedAlgorithm:
            return "The token verifier needs at least one allowed signature algorithm."
        case .negativeClockSkew:
            return "The clock skew cannot be negative."
        case .unusableKey(let reason):
            return "A signing key cannot be used: \(reason)."
        }
    }
}
