import Foundation

/// An HL7 v3 point in time (`TS`) as written in the document, with its parsed value.
///
/// The format is `yyyy[MM[dd[HH[mm[ss[.f…]]]]]][+|-ZZZZ]`. A value without a time-zone offset is
/// read as UTC: the sender's local zone is unknown, and UTC keeps the result independent of the
/// machine that reads the document. Missing components take their lowest value (a bare `2024`
/// is 2024-01-01T00:00:00Z). `date` is `nil` when `raw` does not follow the format (for example an
/// offset with three digits such as `+100`, or a 13th month).
///
/// Encoded with `Codable` as a single string (`raw`); `date` is computed again when decoding.
public struct CDATimestamp: Sendable, Hashable, Codable {
    /// The `value` attribute exactly as found in the document.
    public let raw: String
    /// The instant `raw` denotes, or `nil` when `raw` is not a valid HL7 timestamp.
    public let date: Date?

    /// Parses an HL7 timestamp; `date` is `nil` when `raw` is not valid.
    public init(_ raw: String) {
        self.raw = raw
        self.date = HL7TimestampParser.parse(raw)
    }

    /// Decodes a timestamp from its raw string form.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        self.init(try container.decode(String.self))
    }

    /// Encodes the timestamp as its raw string form.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(raw)
    }
}
