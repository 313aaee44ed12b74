import Foundation

/// One key of a JWKS document (RFC 7517), reduced to the members this module reads.
///
/// Our own type rather than JWTKit's `JWK` because that one refuses a whole key set as soon as
/// one entry has a key type it does not know (e.g. `oct`), while an issuer's JWKS may well
/// publish encryption or RSA keys next to the EC signing keys we use.
struct JWKEntry: Codable, Sendable, Equatable {
    /// Key type: `EC`, `RSA`, `OKP`, `oct`.
    var kty: String?
    /// Curve of an EC key: `P-256`, `P-384`, `P-521`.
    var crv: String?
    /// EC x coordinate, base64url.
    var x: String?
    /// EC y coordinate, base64url.
    var y: String?
    /// Private part; must never appear in a trusted set.
    var d: String?
    /// Key id.
    var kid: String?
    /// Algorithm the key is for.
    var alg: String?
    /// `sig` or `enc`.
    var use: String?
}

/// A JWKS document: `{"keys": [...]}`.
struct JWKSDocument: Codable, Sendable {
    /// The keys, in published order.
    var keys: [JWKEntry]
}

extension JWKEntry {
    /// What a verifier can do with one JWKS entry.
    enum Usability: Equatable {
        /// Verify signatures of this algorithm.
        case verifies(SignatureAlgorithm)
        /// Nothing: another key type, use, curve or algorithm (RSA, `enc`, ECDH-ES,
        /// secp256k1…). Skipped, not refused, so that a shared JWKS stays usable.
        case notForUs
        /// A P-curve key whose `alg` names another curve's algorithm: a broken key set.
        case inconsistent
    }

    /// The algorithm this entry verifies: its curve's, which its `alg`, when given, must match.
    var usability: Usability {
        guard kty == "EC", use == nil || use == "sig",
              let byCurve = SignatureAlgorithm.all.first(where: { $0.curve == crv })
        else { return .notForUs }
        guard let alg else { return .verifies(byCurve) }
        if alg.hasPrefix("ECDH") { return .notForUs }
        return SignatureAlgorithm(name: alg) == byCurve ? .verifies(byCurve) : .inconsistent
    }
}
