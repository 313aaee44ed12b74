import Foundation

/// Builds tokens by hand, for headers and signatures no library would produce.
enum RawToken {
    /// Unpadded base64url.
    static func encode(_ data: Data) -> String {
        data.base64EncodedString().replacingOccurrences(of: "+", with: "-")
            .replacingOccurrences(of: "/", with: "_").replacingOccurrences(of: "=", with: "")
    }

    /// A token with this literal header JSON, these claims and this signature.
    static func make(header: String, payload: [String: JSONValue], signature: Data = Data()) throws -> String {
        let body = try JSONEncoder().encode(payload)
        return "\(encode(Data(header.utf8))).\(encode(body)).\(encode(signature))"
    }
}
