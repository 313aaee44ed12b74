import Foundation

/// A JWS signature algorithm a verifier may accept.
///
/// Only the ECDSA family exists here, so that `none`, the HMAC algorithms (whose "key" would
/// be public: the classic key-confusion attack) and RSA cannot even be configured: the DMP
/// issuers sign with ES256, and a verifier that knows no other algorithm cannot be talked
/// into one.
public struct SignatureAlgorithm: Hashable, Sendable, CustomStringConvertible {
    /// The JWS `alg` name.
    public let name: String

    private init(uncheckedName: String) { self.name = uncheckedName }

    /// ECDSA on P-256 with SHA-256: the DMP default.
    public static let es256 = SignatureAlgorithm(uncheckedName: "ES256")
    /// ECDSA on P-384 with SHA-384.
    public static let es384 = SignatureAlgorithm(uncheckedName: "ES384")
    /// ECDSA on P-521 with SHA-512.
    public static let es512 = SignatureAlgorithm(uncheckedName: "ES512")

    /// Every algorithm this module can verify.
    public static let all: [SignatureAlgorithm] = [.es256, .es384, .es512]

    /// The algorithm with this JWS name; nil for any other name, `none` and `HS256` included.
    public init?(name: String) {
        guard let known = Self.all.first(where: { $0.name == name }) else { return nil }
        self = known
    }

    /// The `crv` of the JWK keys that verify this algorithm (RFC 7518 §3.4).
    var curve: String {
        switch name {
        case "ES384": return "P-384"
        case "ES512": return "P-521"
        default: return "P-256"
        }
    }

    /// The name.
    public var description: String { name }

    /// Registered JWS `alg` names (RFC 7518 §3.1, RFC 8037), which an error may repeat back;
    /// any other header value is attacker-chosen text and is not echoed.
    static let registeredNames: Set<String> = [
        "none", "HS256", "HS384", "HS512", "RS256", "RS384", "RS512", "ES256", "ES384", "ES512",
        "PS256", "PS384", "PS512", "EdDSA",
    ]
}
