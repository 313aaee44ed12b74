import Foundation

/// How long a closed record is kept before its data are removed (R1111-36 CSP: 10 years).
public struct RetentionPeriod: Hashable, Sendable, Codable {
    /// Length in whole years; 0 means "purge as soon as closed" (tests, demos).
    public let years: Int
    /// Creates a period; negative values are treated as zero.
    public init(years: Int) { self.years = max(0, years) }
    /// The legal default.
    public static let legal = RetentionPeriod(years: 10)

    /// End of the period started at `start`, in the Gregorian calendar (UTC).
    public func end(from start: Date) -> Date {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        return calendar.date(byAdding: .year, value: years, to: start) ?? start
    }
}
