import Foundation

/// A fixed instant of the demo data, kept as calendar fields in UTC so that the CDA
/// `effectiveTime` and the XDS `creationTime` are written from the same numbers and always
/// agree to the second, whatever the machine's time zone.
struct DemoTime: Sendable, Hashable {
    /// Year.
    let year: Int
    /// Month, 1–12.
    let month: Int
    /// Day of the month.
    let day: Int
    /// Hour, UTC.
    let hour: Int
    /// Minute.
    let minute: Int

    /// An instant on the given day, 09:00 UTC unless told otherwise.
    init(_ year: Int, _ month: Int, _ day: Int, _ hour: Int = 9, _ minute: Int = 0) {
        self.year = year
        self.month = month
        self.day = day
        self.hour = hour
        self.minute = minute
    }

    /// The instant.
    var date: Date {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        let components = DateComponents(year: year, month: month, day: day, hour: hour, minute: minute, second: 0)
        guard let date = calendar.date(from: components) else {
            preconditionFailure("demo date \(year)-\(month)-\(day) is not a calendar date")
        }
        return date
    }

    /// HL7 v3 TS with an explicit UTC offset: `yyyyMMddHHmmss+0000`.
    var hl7: String {
        String(format: "%04d%02d%02d%02d%02d00+0000", year, month, day, hour, minute)
    }

    /// `dd/MM/yyyy`, as French documents print dates.
    var frenchDate: String {
        String(format: "%02d/%02d/%04d", day, month, year)
    }
}
