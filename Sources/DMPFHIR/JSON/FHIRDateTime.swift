import Foundation

/// FHIR `date`, `dateTime` and `instant` values, partial ones included, as the interval of
/// instants they cover: `2024` covers the whole year. Search prefixes and partial search
/// dates need the interval; metadata needs its start.
public struct FHIRDateTime: Hashable, Sendable {
    /// First instant covered.
    public let start: Date
    /// First instant after the interval (exclusive).
    public let end: Date
    /// How much of the value was given.
    public let precision: Precision

    /// How precise a value is.
    public enum Precision: Int, Sendable, Comparable {
        /// `yyyy`.
        case year
        /// `yyyy-MM`.
        case month
        /// `yyyy-MM-dd`.
        case day
        /// Down to the minute or the second (with optional fraction).
        case time

        /// Orders precisions from coarse to fine.
        public static func < (lhs: Precision, rhs: Precision) -> Bool { lhs.rawValue < rhs.rawValue }
    }

    /// The last instant covered, at the registry's millisecond resolution (closed ranges).
    public var lastMillisecond: Date { end.addingTimeInterval(-0.001) }

    /// Parses a FHIR date or dateTime. Values without a time zone (partial dates, or a time
    /// without offset, which FHIR forbids in resources but search URLs often carry) are read
    /// in `zone`: the DMP is French, so callers pass Europe/Paris.
    public init?(_ text: String, zone: TimeZone = FHIRDateTime.defaultZone) {
        var parser = FHIRDateTimeParser(text, zone: zone)
        guard let parsed = parser.parse() else { return nil }
        self = parsed
    }

    /// Builds a value from its parts (used by the parser).
    init(start: Date, end: Date, precision: Precision) {
        self.start = start
        self.end = end
        self.precision = precision
    }

    /// The zone partial dates are read in: the DMP serves France.
    public static let defaultZone = TimeZone(identifier: "Europe/Paris") ?? TimeZone(secondsFromGMT: 0) ?? .current

    /// An instant as FHIR writes it: UTC, `Z`, milliseconds only when not zero.
    public static func format(_ date: Date) -> String {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(secondsFromGMT: 0) ?? .current
        let millis = Int64((date.timeIntervalSince1970 * 1000).rounded())
        let whole = Date(timeIntervalSince1970: TimeInterval(millis.floorDivided(by: 1000)))
        let parts = calendar.dateComponents([.year, .month, .day, .hour, .minute, .second], from: whole)
        let fraction = Int(millis - millis.floorDivided(by: 1000) * 1000)
        var text = String(
            format: "%04d-%02d-%02dT%02d:%02d:%02d", parts.year ?? 0, parts.month ?? 0, parts.day ?? 0,
            parts.hour ?? 0, parts.minute ?? 0, parts.second ?? 0)
        if fraction != 0 { text += String(format: ".%03d", fraction) }
        return text + "Z"
    }
}

extension Int64 {
    /// Division rounding toward minus infinity, so dates before 1970 format correctly.
    func floorDivided(by divisor: Int64) -> Int64 {
        let quotient = self / divisor
        return (self % divisor != 0 && (self < 0) != (divisor < 0)) ? quotient - 1 : quotient
    }
}
