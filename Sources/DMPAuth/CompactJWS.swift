import Foundation

/// A compact-serialised JWS split into its parts, with the header read and nothing trusted.
struct CompactJWS {
    /// The protected header members this module uses.
    struct Header: Decodable {
        /// The signature algorithm the token claims.
        var alg: String?
        /// The key id, when the issuer names its key.
        var kid: String?
        /// Header extensions the recipient must understand (RFC 7515 §4.1.11).
        var crit: [String]?
    }

    /// The decoded header.
    let header: Header
    /// The decoded payload bytes (JSON, not yet trusted).
    let payload: Data
    /// The decoded signature bytes (empty for `alg: none`).
    let signature: Data
    /// `header.payload` as sent: what the signature covers.
    let signingInput: Data

    /// Splits and decodes; refuses anything that is not three base64url parts with a JSON
    /// header naming an `alg`.
    init(_ token: String) throws(AuthenticationError) {
        let parts = token.split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count == 3 else {
            throw .malformedToken(reason: "a JWS has three dot-separated parts")
        }
        guard let headerData = Base64URL.decode(parts[0]), let payload = Base64URL.decode(parts[1]),
              let signature = Base64URL.decode(parts[2])
        else {
            throw .malformedToken(reason: "a part is not unpadded base64url")
        }
        let header: Header
        do {
            header = try JSONDecoder().decode(Header.self, from: headerData)
        } catch {
            throw .malformedToken(reason: "the header is not a JSON object with string alg and kid")
        }
        guard header.alg != nil else { throw .malformedToken(reason: "the header has no alg") }
        // RFC 7515 §4.1.11: a recipient must refuse critical extensions it does not know,
        // and this module knows none.
        guard header.crit == nil else {
            throw .malformedToken(reason: "critical header extensions (crit) are not supported")
        }
        self.header = header
        self.payload = payload
        self.signature = signature
        self.signingInput = Data("\(parts[0]).\(parts[1])".utf8)
    }
}
