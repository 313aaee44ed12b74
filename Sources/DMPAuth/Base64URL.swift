import Foundation

/// Base64url without padding (RFC 7515 §2), the encoding of every JWS part and JWK field.
enum Base64URL {
    /// Encodes without `=` padding.
    static func encode(_ data: some DataProtocol) -> String {
        Data(data).base64EncodedString()
            .replacingOccurrences(of: "+", with: "-")
            .replacingOccurrences(of: "/", with: "_")
            .replacingOccurrences(of: "=", with: "")
    }

    /// Decodes unpadded base64url; nil for anything else. Strict on purpose: the standard
    /// alphabet, padding or whitespace would mean a token two parsers could read differently.
    static func decode(_ text: Substring) -> Data? {
        guard text.unicodeScalars.count % 4 != 1 else { return nil }
        let valid = text.unicodeScalars.allSatisfy { scalar in
            switch scalar {
            case "A"..."Z", "a"..."z", "0"..."9", "-", "_": return true
            default: return false
            }
        }
        guard valid else { return nil }
        var standard = text.replacingOccurrences(of: "-", with: "+").replacingOccurrences(of: "_", with: "/")
        standard += String(repeating: "=", count: (4 - standard.utf8.count % 4) % 4)
        return Data(base64Encoded: standard)
    }
}
