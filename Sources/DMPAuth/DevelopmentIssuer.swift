import DMPDomain
import Foundation
internal import JWTKit

/// A local token issuer for development, demos and tests: an ES256 key kept in the data
/// directory, its JWKS, and a `mint` that signs DMP tokens the verifier accepts.
///
/// Never for production: whoever holds the data directory can act as any professional.
/// The server trusts it only when configured to.
public struct DevelopmentIssuer: Sendable {
    /// The `iss` of development tokens; a URN, so it cannot be mistaken for a real issuer.
    public static let defaultIssuer = "urn:dmp:development-issuer"
    /// The key file's name inside the data directory.
    public static let keyFileName = "dev-issuer-key.pem"

    /// The `iss` of its tokens.
    public let issuer: String
    /// The `aud` of its tokens.
    public let audience: String
    /// The public half, as verifiers are configured with it.
    public let publicKey: IssuerKey
    /// The verifier configuration entry that trusts it.
    public let trustedIssuer: TrustedIssuer
    /// The signing key; internal so the minting extension can use it, never exposed.
    let privateKey: ES256PrivateKey

    /// Loads `<dataDirectory>/dev-issuer-key.pem`, or creates it (mode 0600) on first use.
    /// - Throws: `DevelopmentIssuerError` when the directory or the file cannot be used.
    public init(
        dataDirectory: URL, issuer: String = DevelopmentIssuer.defaultIssuer,
        audience: String = TokenVerifier.defaultAudience
    ) throws(DevelopmentIssuerError) {
        let file = dataDirectory.appendingPathComponent(Self.keyFileName)
        let pem = try DevelopmentKeyFile.loadOrCreate(at: file) { ES256PrivateKey().pemRepresentation }
        guard let key = try? ES256PrivateKey(pem: pem) else { throw .unreadableKeyFile(path: file.path) }
        try self.init(privateKey: key, issuer: issuer, audience: audience)
    }

    /// An issuer whose key lives only in memory: for tests that need no file.
    /// - Throws: `DevelopmentIssuerError.emptyIssuerOrAudience`.
    public static func ephemeral(
        issuer: String = DevelopmentIssuer.defaultIssuer, audience: String = TokenVerifier.defaultAudience
    ) throws(DevelopmentIssuerError) -> DevelopmentIssuer {
        try DevelopmentIssuer(privateKey: ES256PrivateKey(), issuer: issuer, audience: audience)
    }

    private init(privateKey: ES256PrivateKey, issuer: String, audience: String) throws(DevelopmentIssuerError) {
        guard !issuer.isEmpty, !audience.isEmpty else { throw .emptyIssuerOrAudience }
        self.privateKey = privateKey
        self.issuer = issuer
        self.audience = audience
        self.publicKey = IssuerKey(material: .p256(privateKey.publicKey), keyID: nil)
        self.trustedIssuer = TrustedIssuer(checkedIssuer: issuer, keys: [publicKey])
    }

    /// The key id of its tokens: the RFC 7638 thumbprint of the key.
    public var keyID: String { publicKey.keyID }

    /// Its public JWKS document.
    public var jwksJSON: String { trustedIssuer.jwksJSON }

    /// Its public key in PEM.
    public var publicKeyPEM: String { privateKey.publicKey.pemRepresentation }
}
