/// Quoted-printable body encoding (RFC 2045 §6.7) of UTF-8 text.
enum QuotedPrintable {
    /// Longest encoded line before the soft break `=`, so that lines stay within 76 characters.
    private static let width = 75

    /// `text` encoded, with CRLF hard line breaks (whatever breaks `text` used).
    static func encode(_ text: String) -> String {
        let normalised = text.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n")
        return normalised.split(separator: "\n", omittingEmptySubsequences: false)
            .map { encodeLine(Array($0.utf8)) }.joined(separator: "\r\n")
    }

    private static func encodeLine(_ bytes: [UInt8]) -> String {
        var lines: [String] = []
        var current = ""
        for (index, byte) in bytes.enumerated() {
            let isLast = index == bytes.count - 1
            let literal = (byte >= 33 && byte <= 126 && byte != UInt8(ascii: "="))
                // A space or tab is literal except at the end of a line, where relays strip it.
                || ((byte == 0x20 || byte == 0x09) && !isLast)
            let token = literal ? String(UnicodeScalar(byte)) : escape(byte)
            if current.count + token.count > width {
                lines.append(current + "=")
                current = ""
            }
            current += token
        }
        lines.append(current)
        return lines.joined(separator: "\r\n")
    }

    private static func escape(_ byte: UInt8) -> String {
        let digits = Array("0123456789ABCDEF")
        return "=\(digits[Int(byte >> 4)])\(digits[Int(byte & 0x0F)])"
    }
}
