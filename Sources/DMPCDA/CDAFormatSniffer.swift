import Foundation

/// A cheap check of whether some bytes could be an XML document, before trying to parse them.
public enum CDAFormatSniffer {
    /// Whether the first character of `data`, after any byte-order mark (UTF-8, UTF-16 or UTF-32)
    /// and XML white space, is `<`. This does not prove the data is well-formed XML; it only rules
    /// out things that certainly are not (PDF, JSON, plain text, empty data).
    public static func looksLikeXML(_ data: Data) -> Bool {
        data.withUnsafeBytes { bytes in
            let reader = XMLCodeUnitReader(bytes)
            return reader.unit(at: reader.skipWhitespace(from: 0)) == UInt32(UInt8(ascii: "<"))
        }
    }
}
