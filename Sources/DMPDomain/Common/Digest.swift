import Crypto
import Foundation

/// The digests the registry needs: SHA-1 (XDS `hash`, imposed by the standard) and SHA-256
/// (content addressing and the audit chain).
public enum Digest {
    /// Lower-case hex SHA-1 of `data`, as XDS carries it.
    public static func sha1Hex(_ data: Data) -> String {
        Insecure.SHA1.hash(data: data).map { String(format: "%02x", $0) }.joined()
    }

    /// Lower-case hex SHA-256 of `data`.
    public static func sha256Hex(_ data: Data) -> String {
        SHA256.hash(data: data).map { String(format: "%02x", $0) }.joined()
    }
}
