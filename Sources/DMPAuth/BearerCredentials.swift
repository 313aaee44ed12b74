import Foundation

/// Reads the token out of an `Authorization: Bearer <token>` value (RFC 6750 §2.1).
enum BearerCredentials {
    /// The token; the scheme is matched without regard to case (RFC 7235 §2.1).
    static func token(fromAuthorizationHeader header: String?) throws(AuthenticationError) -> String {
        let value = (header ?? "").trimmingCharacters(in: .whitespaces)
        guard !value.isEmpty else { throw .missingCredentials }
        let parts = value.split(separator: " ", maxSplits: 1, omittingEmptySubsequences: true)
        guard parts[0].lowercased() == "bearer" else { throw .notBearer }
        guard parts.count == 2 else { throw .malformedToken(reason: "no token follows 'Bearer'") }
        let token = parts[1].trimmingCharacters(in: .whitespaces)
        guard !token.isEmpty else { throw .malformedToken(reason: "no token follows 'Bearer'") }
        return token
    }
}
