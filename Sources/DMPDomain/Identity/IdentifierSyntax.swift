import Foundation

/// Character classes and check-digit rules shared by the professional and structure
/// identifiers. ASCII only on purpose: a Unicode digit such as '٣' must not pass for a 3.
enum IdentifierSyntax {
    /// ASCII `0`–`9`.
    static func isDigit(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value >= 0x30 && scalar.value <= 0x39
    }

    /// ASCII `A`–`Z`.
    static func isUppercaseLetter(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value >= 0x41 && scalar.value <= 0x5A
    }

    /// ASCII letter of either case, or digit.
    static func isAlphanumeric(_ scalar: Unicode.Scalar) -> Bool {
        isDigit(scalar) || isUppercaseLetter(scalar) || (scalar.value >= 0x61 && scalar.value <= 0x7A)
    }

    /// True when every scalar is an ASCII digit (and there is at least one).
    static func isAllDigits(_ text: Substring) -> Bool {
        !text.isEmpty && text.unicodeScalars.allSatisfy(isDigit)
    }

    /// True when every scalar is an ASCII digit or upper-case letter.
    static func isDigitsOrUppercase(_ text: Substring) -> Bool {
        !text.isEmpty && text.unicodeScalars.allSatisfy { isDigit($0) || isUppercaseLetter($0) }
    }

    /// Luhn (mod 10) check over ASCII digits, the last one being the check digit.
    /// Returns false for anything that is not all digits.
    static func passesLuhn(_ digits: Substring) -> Bool {
        guard isAllDigits(digits) else { return false }
        var sum = 0
        for (offset, scalar) in digits.unicodeScalars.reversed().enumerated() {
            var value = Int(scalar.value - 0x30)
            if offset % 2 == 1 {
                value *= 2
                if value > 9 { value -= 9 }
            }
            sum += value
        }
        return sum % 10 == 0
    }
}
