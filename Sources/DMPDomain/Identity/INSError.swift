import Foundation

/// Why a matricule INS or its assigning authority was refused.
///
/// Each case carries what a person needs to correct the value, never the whole matricule:
/// error texts end up in logs and API responses, where a national identifier must not.
public enum INSError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The matricule does not have 15 characters (13-character body + 2-digit key); carries
    /// the length found.
    case wrongLength(Int)
    /// A character is not allowed where it stands; carries a human-readable detail
    /// (position and rule).
    case invalidCharacters(String)
    /// The 2-digit key does not match the body (spec 2.1.1 algorithm).
    case invalidKey(expected: String, found: String)
    /// The OID is not one of the four INS assigning authorities; carries the OID.
    case unknownAuthority(String)
    /// The OID is `1.2.250.1.213.1.4.13`, the NIR used for billing: it identifies the
    /// insured person who pays (often a parent), never the patient's own record.
    case billingNumberNotINS

    /// A clear English sentence for a person.
    public var description: String {
        switch self {
        case .wrongLength(let length):
            return "An INS matricule must have exactly 15 characters, but this one has \(length)."
        case .invalidCharacters(let detail):
            return "The INS matricule contains a character that is not allowed: \(detail)."
        case .invalidKey(let expected, let found):
            return "The INS matricule key is \(found), but its first 13 characters give the key \(expected)."
        case .unknownAuthority(let oid):
            return "\"\(oid)\" is not an INS assigning authority; expected one of "
                + INSAuthority.known.map(\.oid).joined(separator: ", ") + "."
        case .billingNumberNotINS:
            return "The OID \(INSAuthority.billingNIROID) identifies the NIR used for billing, which is "
                + "not an INS and must never be used as the patient's record identifier."
        }
    }
}
