import Foundation

/// Instants are stored as UTC milliseconds since 1970 in both engines: exact, sortable,
/// and free of each engine's own time-zone rules.
enum Timestamp {
    /// Milliseconds of `date`.
    static func millis(_ date: Date) -> Int64 {
        Int64((date.timeIntervalSince1970 * 1000).rounded())
    }

    /// The instant of `millis`.
    static func date(_ millis: Int64) -> Date {
        Date(timeIntervalSince1970: TimeInterval(millis) / 1000)
    }
}
