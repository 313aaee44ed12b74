import Foundation

/// The grammar of FHIR date/dateTime/instant: `YYYY(-MM(-DD(Thh:mm(:ss(.s+)?)?(Z|±hh:mm)?)?)?)?`.
/// Hand-written because Foundation's ISO 8601 parsers accept neither partial dates nor
/// seconds-less times, and the fields must be range-checked anyway.
struct FHIRDateTimeParser {
    private let scalars: [Unicode.Scalar]
    private let zone: TimeZone
    private var index = 0

    /// A parser of `text`; values without offset are read in `zone`.
    init(_ text: String, zone: TimeZone) {
        scalars = Array(text.unicodeScalars)
        self.zone = zone
    }

    /// The value, or nil when the text is not a FHIR date/dateTime/instant.
    mutating func parse() -> FHIRDateTime? {
        guard let year = number(digits: 4) else { return nil }
        var month = 1, day = 1, hour = 0, minute = 0, second = 0
        var nanos = 0
        var unit: TimeInterval = 60
        var precision = FHIRDateTime.Precision.year
        var offset: Int?
        if take("-") {
            guard let value = number(digits: 2), (1...12).contains(value) else { return nil }
            month = value
            precision = .month
            if take("-") {
                guard let value = number(digits: 2), (1...31).contains(value) else { return nil }
                day = value
                precision = .day
                if take("T") {
                    guard let h = number(digits: 2), h < 24, take(":"), let m = number(digits: 2), m < 60 else { return nil }
                    hour = h
                    minute = m
                    precision = .time
                    if take(":") {
                        guard let s = number(digits: 2), s < 60 else { return nil }
                        second = s
                        unit = 1
                        if take(".") {
                            guard let fraction = fractionNanos() else { return nil }
                            nanos = fraction.nanos
                            unit = max(0.001, pow(10, -Double(fraction.digits)))
                        }
                    }
                    guard let zoneOffset = zoneOffset() else { return nil }
                    offset = zoneOffset
                }
            }
        }
        guard index == scalars.count else { return nil }
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = offset.flatMap { TimeZone(secondsFromGMT: $0) } ?? zone
        let components = DateComponents(year: year, month: month, day: day, hour: hour, minute: minute, second: second)
        guard let start = calendar.date(from: components),
              calendar.component(.day, from: start) == day  // refuses 2024-02-30
        else { return nil }
        let end: Date?
        switch precision {
        case .year: end = calendar.date(byAdding: .year, value: 1, to: start)
        case .month: end = calendar.date(byAdding: .month, value: 1, to: start)
        case .day: end = calendar.date(byAdding: .day, value: 1, to: start)
        case .time: end = start.addingTimeInterval(Double(nanos) / 1e9 + unit)
        }
        guard let end else { return nil }
        let exact = start.addingTimeInterval(Double(nanos) / 1e9)
        return FHIRDateTime(start: precision == .time ? exact : start, end: end, precision: precision)
    }

    /// `Z`, `±hh:mm`, or nothing (then the caller's zone applies).
    private mutating func zoneOffset() -> Int?? {
        if index == scalars.count { return .some(nil) }
        if take("Z") { return .some(0) }
        let sign: Int
        if take("+") { sign = 1 } else if take("-") { sign = -1 } else { return nil }
        guard let h = number(digits: 2), h <= 14, take(":"), let m = number(digits: 2), m < 60 else { return nil }
        return .some(sign * (h * 3600 + m * 60))
    }

    private mutating func fractionNanos() -> (nanos: Int, digits: Int)? {
        var digits = 0
        var value = 0
        while index < scalars.count, let digit = digitValue(scalars[index]) {
            if digits < 9 { value = value * 10 + digit }
            digits += 1
            index += 1
        }
        guard digits > 0 else { return nil }
        for _ in min(digits, 9)..<9 { value *= 10 }
        return (value, digits)
    }

    private mutating func number(digits: Int) -> Int? {
        guard index + digits <= scalars.count else { return nil }
        var value = 0
        for offset in 0..<digits {
            guard let digit = digitValue(scalars[index + offset]) else { return nil }
            value = value * 10 + digit
        }
        index += digits
        return value
    }

    private mutating func take(_ character: Unicode.Scalar) -> Bool {
        guard index < scalars.count, scalars[index] == character else { return false }
        index += 1
        return true
    }

    private func digitValue(_ scalar: Unicode.Scalar) -> Int? {
        scalar.value >= 0x30 && scalar.value <= 0x39 ? Int(scalar.value - 0x30) : nil
    }
}
