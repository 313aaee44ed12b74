import Foundation

/// Key ("clé") of a NIR / NIA: `97 − (N mod 97)` over the 13-character body, Corsican
/// departments `2A`/`2B` read as `19`/`18` (spec 2.1.1, NIRLIB `NirKey::compute`).
public enum NIRKey {
    /// Key of a 13-character NIR body ("2A"/"2B" at positions 6-7 → 19/18), two digits;
    /// nil when not computable.
    ///
    /// Not computable means: not 13 characters, or a character other than an ASCII digit,
    /// except `2A`/`2B` at positions 6–7. NIRLIB substitutes `2A`/`2B` anywhere; doing it
    /// only where the département stands keeps a stray letter from yielding a key.
    public static func compute(_ body: String) -> String? {
        guard let digits = NIRBody.numericDigits(of: body) else { return nil }
        // 13 digits stay below 10^13, but reducing as we go avoids any overflow question.
        let remainder = digits.reduce(0) { ($0 * 10 + Int($1)) % 97 }
        let key = 97 - remainder
        return key < 10 ? "0\(key)" : "\(key)"
    }
}

/// Syntax of the 13-character NIR body, shared by `NIRKey` and `INS`.
enum NIRBody {
    /// Length of the body (without the key).
    static let length = 13
    /// Zero-based index of the first character of the département (position 6).
    static let departmentIndex = 5

    /// Digits of `body` with `2A`→`19`, `2B`→`18` at positions 6–7; nil if `body` is not
    /// a well-formed 13-character body.
    static func numericDigits(of body: String) -> [UInt8]? {
        let scalars = Array(body.unicodeScalars)
        guard scalars.count == length, firstInvalidCharacter(in: scalars) == nil else {
            return nil
        }
        var digits = scalars.map { digitValue($0) ?? 0 }
        switch (scalars[departmentIndex], scalars[departmentIndex + 1]) {
        case ("2", "A"): (digits[departmentIndex], digits[departmentIndex + 1]) = (1, 9)
        case ("2", "B"): (digits[departmentIndex], digits[departmentIndex + 1]) = (1, 8)
        default: break
        }
        return digits
    }

    /// Describes the first character not allowed at its position, or nil if all are.
    /// Only the first 13 scalars are checked: the key is checked separately.
    static func firstInvalidCharacter(in scalars: [Unicode.Scalar]) -> String? {
        for (index, scalar) in scalars.prefix(length).enumerated() {
            if digitValue(scalar) != nil { continue }
            if isCorsicanDepartment(scalars, letterIndex: index) { continue }
            let position = index + 1
            let rule = index == departmentIndex + 1 || index == departmentIndex
                ? "only digits, or \"2A\"/\"2B\" at positions 6–7, are allowed there"
                : "only digits are allowed there (letters only as \"2A\"/\"2B\" at positions 6–7)"
            return "\(quoted(scalar)) at position \(position); \(rule)"
        }
        return nil
    }

    /// True when `index` is position 7 holding `A`/`B` right after a `2` at position 6.
    private static func isCorsicanDepartment(_ scalars: [Unicode.Scalar], letterIndex index: Int) -> Bool {
        index == departmentIndex + 1
            && scalars[departmentIndex] == "2"
            && (scalars[index] == "A" || scalars[index] == "B")
    }

    /// Value of an ASCII digit; nil for anything else (Unicode digits included).
    static func digitValue(_ scalar: Unicode.Scalar) -> UInt8? {
        guard scalar.isASCII, scalar.value >= 0x30, scalar.value <= 0x39 else { return nil }
        return UInt8(scalar.value - 0x30)
    }

    /// Printable form of a scalar for messages: control and space characters are shown as
    /// their code point so that an invisible character is still visible in the message.
    static func quoted(_ scalar: Unicode.Scalar) -> String {
        if scalar.properties.isWhitespace || scalar.properties.generalCategory == .control {
            return String(format: "U+%04X", scalar.value)
        }
        return "'\(Character(scalar))'"
    }
}
