import DMPAuth
import Foundation

/// The file of trusted token issuers (`dmp.auth.issuers.file`):
/// `[{"issuer": "https://idp.example", "jwksFile": "/etc/dmp/idp.jwks.json"},
///   {"issuer": "urn:structure:x", "publicKeysPEM": ["-----BEGIN PUBLIC KEY-----…"]}]`.
/// Relative `jwksFile` paths are resolved against the file's folder.
enum TrustedIssuersFile {
    private struct Entry: Decodable {
        let issuer: String
        let jwksFile: String?
        let jwks: String?
        let publicKeysPEM: [String]?
    }

    /// The issuers listed in the file at `path`.
    static func load(_ path: String) throws -> [TrustedIssuer] {
        let url = URL(fileURLWithPath: path)
        let entries: [Entry]
        do {
            entries = try JSONDecoder().decode([Entry].self, from: Data(contentsOf: url))
        } catch {
            throw ConfigurationError(key: ServerConfiguration.Key.authIssuersFile, reason: "unreadable issuers file: \(error.localizedDescription)")
        }
        return try entries.map { entry in
            if let file = entry.jwksFile {
                let resolved = file.hasPrefix("/") ? file : url.deletingLastPathComponent().appendingPathComponent(file).path
                return try TrustedIssuer(issuer: entry.issuer, jwksFile: resolved)
            }
            if let jwks = entry.jwks { return try TrustedIssuer(issuer: entry.issuer, jwksJSON: jwks) }
            if let pems = entry.publicKeysPEM { return try TrustedIssuer(issuer: entry.issuer, publicKeysPEM: pems) }
            throw ConfigurationError(
                key: ServerConfiguration.Key.authIssuersFile, reason: "issuer \(entry.issuer) has neither jwksFile, jwks nor publicKeysPEM")
        }
    }
}
