import Foundation

extension AuthenticationError {
    /// The realm of every challenge this server sends.
    public static let realm = "dmp"

    /// The `WWW-Authenticate` value for a 401 response (RFC 6750 §3).
    ///
    /// A request without a bearer token (none, or another scheme) gets the bare challenge:
    /// RFC 6750 says no error code should be given when the client did not try a bearer
    /// token. Everything else is `invalid_token` with a description.
    public var wwwAuthenticate: String {
        switch self {
        case .missingCredentials, .notBearer:
            return "Bearer realm=\"\(Self.realm)\""
        default:
            let text = Self.quotable(description)
            return "Bearer realm=\"\(Self.realm)\", error=\"invalid_token\", error_description=\"\(text)\""
        }
    }

    /// RFC 6750 allows only %x20-21 / %x23-5B / %x5D-7E in `error_description`: no quote, no
    /// backslash, no control or non-ASCII character. Our messages are written that way; this
    /// guards the header against a future message that is not.
    static func quotable(_ text: String) -> String {
        String(String.UnicodeScalarView(text.unicodeScalars.map { scalar in
            let allowed = (0x20...0x7E).contains(scalar.value) && scalar != "\"" && scalar != "\\"
            return allowed ? scalar : "'"
        }))
    }
}
