internal import Crypto
import Foundation
internal import JWTKit

/// One public key of a trusted issuer, with the key id tokens name it by and the one
/// algorithm it verifies.
///
/// A key verifies exactly one algorithm, fixed here from the key itself (its curve), never
/// from a token's header: that is what defeats algorithm-substitution attacks.
public struct IssuerKey: Sendable {
    /// The key id (`kid`): the one published with the key, else its RFC 7638 thumbprint, so
    /// that every key can be named by a token.
    public let keyID: String
    /// The algorithm this key verifies.
    public let algorithm: SignatureAlgorithm
    /// The key itself.
    let material: Material

    /// The key itself, one case per curve.
    enum Material: Sendable {
        /// P-256, for ES256.
        case p256(ES256PublicKey)
        /// P-384, for ES384.
        case p384(ES384PublicKey)
        /// P-521, for ES512.
        case p521(ES512PublicKey)
    }

    /// Reads an EC public key in PEM (`-----BEGIN PUBLIC KEY-----`) on P-256, P-384 or P-521.
    /// - Parameter keyID: the `kid` the issuer's tokens carry; its thumbprint when nil.
    /// - Throws: `KeyConfigurationError.invalidPEM`.
    public init(pem: String, keyID: String? = nil) throws(KeyConfigurationError) {
        let material: Material
        if let key = try? ES256PublicKey(pem: pem) {
            material = .p256(key)
        } else if let key = try? ES384PublicKey(pem: pem) {
            material = .p384(key)
        } else if let key = try? ES512PublicKey(pem: pem) {
            material = .p521(key)
        } else {
            throw .invalidPEM
        }
        self.init(material: material, keyID: keyID)
    }

    /// Reads a JWKS entry that verifies `algorithm` (see `JWKEntry.usability`).
    init(jwk entry: JWKEntry, algorithm: SignatureAlgorithm) throws(KeyConfigurationError) {
        guard entry.d == nil else { throw .privateKeyInJWKS(keyID: entry.kid) }
        guard let x = entry.x, let y = entry.y else {
            throw .invalidJWKS(reason: "an EC key lacks its x or y coordinate")
        }
        let material: Material
        do {
            switch algorithm {
            case .es384: material = .p384(try ES384PublicKey(parameters: (x, y)))
            case .es512: material = .p521(try ES512PublicKey(parameters: (x, y)))
            default: material = .p256(try ES256PublicKey(parameters: (x, y)))
            }
        } catch {
            throw .invalidJWKS(reason: "an EC key's coordinates are not a point of its curve")
        }
        self.init(material: material, keyID: entry.kid)
    }

    /// A key from its material; the algorithm follows from the curve.
    init(material: Material, keyID: String?) {
        self.material = material
        switch material {
        case .p256: algorithm = .es256
        case .p384: algorithm = .es384
        case .p521: algorithm = .es512
        }
        self.keyID = keyID ?? Self.thumbprint(material: material, curve: algorithm.curve)
    }

    /// The public JWK of this key, as a JWKS publishes it.
    var jwk: JWKEntry {
        let (x, y) = Self.coordinates(material)
        return JWKEntry(kty: "EC", crv: algorithm.curve, x: x, y: y, kid: keyID, alg: algorithm.name, use: "sig")
    }

    /// The base64url x and y coordinates of the public point.
    static func coordinates(_ material: Material) -> (x: String, y: String) {
        let parameters: ECDSAParameters?
        switch material {
        case .p256(let key): parameters = key.parameters
        case .p384(let key): parameters = key.parameters
        case .p521(let key): parameters = key.parameters
        }
        return (parameters?.x ?? "", parameters?.y ?? "")
    }

    /// RFC 7638 JWK thumbprint: SHA-256 of the required members in lexicographic order,
    /// base64url. Stable across restarts and tools, so a kid derived from it can be shared.
    static func thumbprint(material: Material, curve: String) -> String {
        let (x, y) = coordinates(material)
        let canonical = "{\"crv\":\"\(curve)\",\"kty\":\"EC\",\"x\":\"\(x)\",\"y\":\"\(y)\"}"
        return Base64URL.encode(Array(SHA256.hash(data: Data(canonical.utf8))))
    }
}
