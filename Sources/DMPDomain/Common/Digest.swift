import Crypto
import Foundation

/// The digests the registry needs: SHA-1 (XDS `hash`, imposed by the standard) and SHA-256
/// (content addressing and the audit chain).
public enum Digest {
    /// Lower-case hex SHA-1 of `data`, as XDS carries it.
    public static func sha1Hex(_ data: Data) -> String {
        hex(Insecure.SHA1.hash(data: data))
    }

    /// Lower-case hex SHA-256 of `data`.
    public static func sha256Hex(_ data: Data) -> String {
        hex(SHA256.hash(data: data))
    }

    /// Lower-case hex of `bytes`. A table lookup, because `String(format:)` per byte showed
    /// up in profiles of searches (patient resource ids are hashes).
    public static func hex<Bytes: Sequence>(_ bytes: Bytes) -> String where Bytes.Element == UInt8 {
        var characters: [UInt8] = []
        characters.reserveCapacity(64)
        for byte in bytes {
            characters.append(hexDigits[Int(byte >> 4)])
            characters.append(hexDigits[Int(byte & 0x0F)])
        }
        return String(decoding: characters, as: UTF8.self)
    }

    private static let hexDigits: [UInt8] = Array("0123456789abcdef".utf8)
}
