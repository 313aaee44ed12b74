import Foundation

/// Identifiers the registry mints.
public enum OIDs {
    /// A fresh OID under the UUID arc `2.25` (ITU-T X.667): `2.25.<UUID as a decimal integer>`.
    public static func fromUUID(_ uuid: UUID = UUID()) -> String {
        var bytes = withUnsafeBytes(of: uuid.uuid) { Array($0) }
        var digits: [UInt8] = []
        // Long division by 10 of the 128-bit big-endian number.
        while bytes.contains(where: { $0 != 0 }) {
            var remainder = 0
            for index in bytes.indices {
                let value = remainder * 256 + Int(bytes[index])
                bytes[index] = UInt8(value / 10)
                remainder = value % 10
            }
            digits.append(UInt8(remainder))
        }
        let decimal = digits.isEmpty ? "0" : String(digits.reversed().map { Character(String($0)) })
        return "2.25.\(decimal)"
    }
}
