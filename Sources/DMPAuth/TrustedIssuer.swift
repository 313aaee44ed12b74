import Foundation

/// An issuer whose tokens this server accepts: its `iss` value and its public keys.
///
/// Keys come from PEM texts, from a JWKS document given inline, or from a JWKS file. Fetching
/// a JWKS URL is deliberately not offered: the server would then trust whatever a network
/// answer says at run time, and this deployment's machines have no route to an issuer anyway;
/// an operator who wants rotation replaces the file and restarts.
public struct TrustedIssuer: Sendable {
    /// The exact `iss` value of its tokens.
    public let issuer: String
    /// Its keys, each with a distinct key id.
    public let keys: [IssuerKey]

    /// An issuer with the given keys.
    /// - Throws: `KeyConfigurationError` for an empty issuer, no key, or a repeated key id.
    public init(issuer: String, keys: [IssuerKey]) throws(KeyConfigurationError) {
        guard !issuer.isEmpty else { throw .emptyIssuer }
        guard !keys.isEmpty else { throw .noKeys(issuer: issuer) }
        var seen = Set<String>()
        for key in keys {
            guard seen.insert(key.keyID).inserted else {
                throw .duplicateKeyID(issuer: issuer, keyID: key.keyID)
            }
        }
        self.issuer = issuer
        self.keys = keys
    }

    /// For callers that already enforce the rules (one key, non-empty issuer).
    init(checkedIssuer issuer: String, keys: [IssuerKey]) {
        self.issuer = issuer
        self.keys = keys
    }

    /// An issuer with EC public keys in PEM, each named by its RFC 7638 thumbprint.
    public init(issuer: String, publicKeysPEM: [String]) throws(KeyConfigurationError) {
        var keys: [IssuerKey] = []
        for pem in publicKeysPEM { keys.append(try IssuerKey(pem: pem)) }
        try self.init(issuer: issuer, keys: keys)
    }

    /// An issuer with the EC signing keys of a JWKS document (RFC 7517).
    ///
    /// Entries of another key type (RSA, OKP, oct), curve or algorithm, or whose `use` is not
    /// `sig`, are skipped, so a shared key set can be used as published; a private key
    /// anywhere, or an EC key whose `alg` contradicts its curve, is refused.
    public init(issuer: String, jwksJSON: String) throws(KeyConfigurationError) {
        let document: JWKSDocument
        do {
            document = try JSONDecoder().decode(JWKSDocument.self, from: Data(jwksJSON.utf8))
        } catch {
            throw .invalidJWKS(reason: "it is not a JSON object with a \"keys\" array of JWKs")
        }
        if let withPrivatePart = document.keys.first(where: { $0.d != nil }) {
            throw .privateKeyInJWKS(keyID: withPrivatePart.kid)
        }
        var keys: [IssuerKey] = []
        for entry in document.keys {
            switch entry.usability {
            case .verifies(let algorithm): keys.append(try IssuerKey(jwk: entry, algorithm: algorithm))
            case .notForUs: continue
            case .inconsistent: throw .invalidJWKS(reason: "an EC key's alg does not match its crv")
            }
        }
        try self.init(issuer: issuer, keys: keys)
    }

    /// An issuer with the EC signing keys of a JWKS file.
    public init(issuer: String, jwksFile path: String) throws(KeyConfigurationError) {
        let text: String
        do {
            text = try String(contentsOfFile: path, encoding: .utf8)
        } catch {
            throw .unreadableJWKSFile(path: path, reason: "it is missing, unreadable or not UTF-8")
        }
        try self.init(issuer: issuer, jwksJSON: text)
    }

    /// The public JWKS document of these keys, e.g. to publish them.
    public var jwksJSON: String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        let data = (try? encoder.encode(JWKSDocument(keys: keys.map(\.jwk)))) ?? Data("{\"keys\":[]}".utf8)
        return String(decoding: data, as: UTF8.self)
    }
}
