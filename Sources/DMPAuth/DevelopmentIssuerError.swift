import Foundation

/// Why the development issuer could not load, create or use its key.
public enum DevelopmentIssuerError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The data directory cannot be created or written; carries the path and the reason.
    case dataDirectoryUnusable(path: String, reason: String)
    /// The key file exists but is not an EC P-256 private key in PEM; carries its path.
    case unreadableKeyFile(path: String)
    /// The key file can be read by other users; carries its path. Refused like ssh does,
    /// since whoever reads it can mint tokens this server trusts.
    case keyFileTooOpen(path: String)
    /// An empty issuer or audience.
    case emptyIssuerOrAudience
    /// A token lifetime that is zero or negative.
    case invalidLifetime
    /// The claims to sign would be refused by the verifier; carries why.
    case claimsRejected(AuthenticationError)
    /// The JWT library failed to sign.
    case signingFailed

    /// A clear English sentence for the operator.
    public var description: String {
        switch self {
        case .dataDirectoryUnusable(let path, let reason):
            return "The data directory \(path) cannot hold the development issuer key: \(reason)."
        case .unreadableKeyFile(let path):
            return "The development issuer key \(path) is not an EC P-256 private key in PEM; delete it to create a new one."
        case .keyFileTooOpen(let path):
            return "The development issuer key \(path) is readable by other users; run 'chmod 600 \(path)'."
        case .emptyIssuerOrAudience:
            return "The development issuer needs a non-empty issuer and audience."
        case .invalidLifetime:
            return "A token lifetime must be positive."
        case .claimsRejected(let error):
            return "These claims would be refused: \(error.description)"
        case .signingFailed:
            return "The token could not be signed."
        }
    }
}
