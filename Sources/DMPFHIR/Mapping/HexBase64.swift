import Foundation
import DMPDomain

/// XDS stores the SHA-1 in hexadecimal; FHIR `Attachment.hash` is base64Binary of the bytes.
enum HexBase64 {
    /// Base64 of the bytes of a hex string, nil when it is not hex.
    static func base64(fromHex hex: String) -> String? {
        bytes(fromHex: hex).map { Data($0).base64EncodedString() }
    }

    /// Lower-case hex of bytes.
    static func hex(_ data: Data) -> String {
        Digest.hex(data)
    }

    /// Decodes FHIR base64Binary: whitespace is tolerated (line-wrapped producers), anything
    /// else outside the alphabet is refused.
    static func data(fromBase64 text: String) -> Data? {
        let compact = text.filter { !$0.isWhitespace }
        return Data(base64Encoded: compact)
    }

    private static func bytes(fromHex hex: String) -> [UInt8]? {
        let scalars = Array(hex.unicodeScalars)
        guard scalars.count.isMultiple(of: 2) else { return nil }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(scalars.count / 2)
        var index = 0
        while index < scalars.count {
            guard let high = nibble(scalars[index]), let low = nibble(scalars[index + 1]) else { return nil }
            bytes.append(high << 4 | low)
            index += 2
        }
        return bytes
    }

    private static func nibble(_ scalar: Unicode.Scalar) -> UInt8? {
        switch scalar.value {
        case 0x30...0x39: UInt8(scalar.value - 0x30)
        case 0x41...0x46: UInt8(scalar.value - 0x41 + 10)
        case 0x61...0x66: UInt8(scalar.value - 0x61 + 10)
        default: nil
        }
    }
}
