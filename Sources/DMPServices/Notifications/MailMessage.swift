import Foundation

/// RFC 5322 / MIME rendering of an `OutgoingMessage`, shared by the file and SMTP transports
/// so that what a developer reads in an `.eml` file is byte for byte what SMTP would carry.
///
/// The body is UTF-8 in quoted-printable: 7-bit clean, so it crosses any relay without the
/// 8BITMIME extension, and lines stay under 78 characters; accented text remains readable.
public enum MailMessage {
    /// The whole message, CRLF line endings, headers then body. `from` is a plain address.
    public static func render(_ message: OutgoingMessage, from: String) -> String {
        let domain = from.split(separator: "@").last.map(String.init) ?? "dmp.localhost"
        let headers = [
            "Date: \(rfc5322Date(message.date))",
            "From: \(from)",
            "To: \(message.to)",
            "Subject: \(encodedHeaderText(message.subject))",
            "Message-ID: <\(message.id)@\(domain)>",
            // RFC 3834: automatic mail; well-behaved systems send no auto-reply to it.
            "Auto-Submitted: auto-generated",
            "MIME-Version: 1.0",
            "Content-Type: text/plain; charset=utf-8",
            "Content-Transfer-Encoding: quoted-printable",
        ]
        return headers.joined(separator: "\r\n") + "\r\n\r\n" + QuotedPrintable.encode(message.text)
    }

    /// `Thu, 01 Jan 2026 00:00:00 +0000`: English names and UTC, as RFC 5322 §3.3 fixes them
    /// regardless of the reader's language.
    static func rfc5322Date(_ date: Date) -> String {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(secondsFromGMT: 0)!
        let c = calendar.dateComponents([.weekday, .day, .month, .year, .hour, .minute, .second], from: date)
        let days = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"]
        let months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
        func two(_ value: Int?) -> String { String(format: "%02d", value ?? 0) }
        return "\(days[((c.weekday ?? 1) - 1) % 7]), \(two(c.day)) \(months[((c.month ?? 1) - 1) % 12]) \(c.year ?? 1970) "
            + "\(two(c.hour)):\(two(c.minute)):\(two(c.second)) +0000"
    }

    /// Header text: printable ASCII as is, anything else as RFC 2047 base64 encoded-words of
    /// at most 75 characters, folded one per line. Line breaks are dropped first, so a
    /// subject can never add a header.
    static func encodedHeaderText(_ text: String) -> String {
        let flat = text.replacingOccurrences(of: "\r", with: " ").replacingOccurrences(of: "\n", with: " ")
        if flat.unicodeScalars.allSatisfy({ $0.value >= 0x20 && $0.value < 0x7F }) && flat.utf8.count <= 66 {
            return flat
        }
        // 39 bytes of UTF-8 make 52 base64 characters, 64 with `=?utf-8?B?` and `?=`: even after
        // `Subject: ` a line stays within the 76 characters RFC 2047 §2 allows. A chunk ends on
        // a character boundary, as §5 requires.
        var words: [String] = []
        var chunk = ""
        for character in flat {
            if chunk.utf8.count + character.utf8.count > 39 {
                words.append(chunk)
                chunk = ""
            }
            chunk.append(character)
        }
        if !chunk.isEmpty { words.append(chunk) }
        return words.map { "=?utf-8?B?\(Data($0.utf8).base64EncodedString())?=" }.joined(separator: "\r\n ")
    }
}
