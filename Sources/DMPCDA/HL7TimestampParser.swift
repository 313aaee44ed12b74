import Foundation

/// Parses HL7 v3 `TS` literals (`yyyy[MM[dd[HH[mm[ss[.f…]]]]]][+|-HHMM]`) without `Calendar`,
/// so the result never depends on the reader's locale or time zone. No offset means UTC.
enum HL7TimestampParser {
    /// Returns the instant `text` denotes, or `nil` when it is not a valid HL7 timestamp.
    static func parse(_ text: String) -> Date? {
        var scanner = DigitScanner(bytes: Array(text.utf8))

        guard let year = scanner.number(digits: 4) else { return nil }
        // month, day, hour, minute, second: each optional, but only in this order.
        var fields = [1, 1, 0, 0, 0]
        var fieldCount = 0
        while fieldCount < fields.count, scanner.atDigit {
            guard let value = scanner.number(digits: 2) else { return nil }
            fields[fieldCount] = value
            fieldCount += 1
        }
        var fraction = 0.0
        if fieldCount == fields.count, scanner.skip(UInt8(ascii: ".")) {
            guard scanner.atDigit else { return nil }
            var scale = 0.1
            while let digit = scanner.digit() {
                fraction += Double(digit) * scale
                scale /= 10
            }
        }

        var offsetSeconds = 0
        if !scanner.atEnd {
            let sign: Int
            if scanner.skip(UInt8(ascii: "+")) {
                sign = 1
            } else if scanner.skip(UInt8(ascii: "-")) {
                sign = -1
            } else {
                return nil
            }
            guard let zoneHours = scanner.number(digits: 2), let zoneMinutes = scanner.number(digits: 2),
                  zoneHours <= 14, zoneMinutes < 60 else { return nil }
            offsetSeconds = sign * (zoneHours * 3600 + zoneMinutes * 60)
        }
        guard scanner.atEnd else { return nil }

        let (month, day, hour, minute, second) = (fields[0], fields[1], fields[2], fields[3], fields[4])
        guard (1...12).contains(month), (1...daysIn(month: month, year: year)).contains(day),
              (0...23).contains(hour), (0...59).contains(minute), (0...59).contains(second)
        else { return nil }

        let days = daysFromCivil(year: year, month: month, day: day)
        let seconds = days * 86_400 + hour * 3600 + minute * 60 + second - offsetSeconds
        return Date(timeIntervalSince1970: TimeInterval(seconds) + fraction)
    }

    /// The number of days in a month of the proleptic Gregorian calendar.
    static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2:
            let leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
            return leap ? 29 : 28
        case 4, 6, 9, 11:
            return 30
        default:
            return 31
        }
    }

    /// Days between 1970-01-01 and the given Gregorian date (H. Hinnant's `days_from_civil`).
    static func daysFromCivil(year: Int, month: Int, day: Int) -> Int {
        let shiftedYear = month <= 2 ? year - 1 : year
        let era = (shiftedYear >= 0 ? shiftedYear : shiftedYear - 399) / 400
        let yearOfEra = shiftedYear - era * 400
        let dayOfYear = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - 719_468
    }
}

/// A cursor over the ASCII bytes of a timestamp literal.
private struct DigitScanner {
    let bytes: [UInt8]
    var index = 0

    var atEnd: Bool { index == bytes.count }
    var atDigit: Bool { index < bytes.count && (0x30...0x39).contains(bytes[index]) }

    /// Consumes one decimal digit and returns its value, or returns `nil` without consuming.
    mutating func digit() -> Int? {
        guard atDigit else { return nil }
        defer { index += 1 }
        return Int(bytes[index] - 0x30)
    }

    /// Consumes exactly `digits` decimal digits, or returns `nil`.
    mutating func number(digits: Int) -> Int? {
        var value = 0
        for _ in 0..<digits {
            guard let next = digit() else { return nil }
            value = value * 10 + next
        }
        return value
    }

    /// Consumes `byte` when it comes next.
    mutating func skip(_ byte: UInt8) -> Bool {
        guard index < bytes.count, bytes[index] == byte else { return false }
        index += 1
        return true
    }
}
