import Foundation

/// A calendar date without time or zone (a birth date), and the age it gives at an instant.
///
/// Ages are counted in French legal time (Europe/Paris) because majority is a French legal
/// fact: a holder born on 1 May comes of age at midnight in Paris, whatever the server's
/// zone. Someone born on 29 February comes of age on 1 March in common years.
struct CalendarDate: Hashable, Sendable {
    /// Year, e.g. 2010.
    let year: Int
    /// Month, 1–12.
    let month: Int
    /// Day of the month, 1–31.
    let day: Int

    /// Parses `yyyy-MM-dd`; nil when it is not a real date.
    init?(iso text: String) {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
              let year = Int(parts[0]), let month = Int(parts[1]), let day = Int(parts[2]),
              (1...12).contains(month), day >= 1, day <= Self.days(inMonth: month, year: year)
        else { return nil }
        self.year = year
        self.month = month
        self.day = day
    }

    /// Whole years lived at `now`.
    func age(at now: Date) -> Int {
        let today = Self.paris.dateComponents([.year, .month, .day], from: now)
        let (year, month, day) = (today.year ?? 0, today.month ?? 1, today.day ?? 1)
        let beforeBirthday = (month, day) < (self.month, self.day)
        return year - self.year - (beforeBirthday ? 1 : 0)
    }

    private static let paris: Calendar = {
        var calendar = Calendar(identifier: .gregorian)
        // tzdata ships with every supported platform; UTC+1 is only a last resort.
        calendar.timeZone = TimeZone(identifier: "Europe/Paris") ?? TimeZone(secondsFromGMT: 3600) ?? .current
        return calendar
    }()

    private static func days(inMonth month: Int, year: Int) -> Int {
        switch month {
        case 2: (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }
}
