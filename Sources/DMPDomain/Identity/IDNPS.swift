import Foundation

/// Professional national identifier (IDNPS, "idNatPS", OID 1.2.250.1.71.4.2.1): a one-digit
/// type prefix + the base identifier (spec 2.2).
///
/// Prefixes: `0` ADELI, `1` cabinet ADELI / internal id, `3` FINESS / internal id, `4`
/// SIREN / internal id, `5` SIRET / internal id, `6` cabinet RPPS / internal id, `8` RPPS.
/// The ANS says an IDNPS must be taken from the Annuaire Santé, Pro Santé Connect or the
/// CPx card, never built or picked apart, so only the shape is checked here. That shape is
/// wider than the PSIdNat regex `^(0|1|3|4|5|6|8)\d*$`, which official ANS documents do not
/// follow: `00B1057294` (ADELI with a letter) and `518003502400041/1.2.250.1.215.1.2`
/// (SIRET + `/` + internal id, an Assurance Maladie system author). Every value the regex
/// accepts (up to 64 characters) is accepted.
public struct IDNPS: Hashable, Sendable, ValidatedIdentifier, CustomStringConvertible {
    /// OID of the IDNPS namespace (`XCN.9`, FHIR `urn:oid:1.2.250.1.71.4.2.1`).
    public static let oid = "1.2.250.1.71.4.2.1"
    /// Type prefixes allowed as first character.
    public static let prefixes: Set<Character> = ["0", "1", "3", "4", "5", "6", "8"]
    /// Prefixes whose identifier may carry `/` + a structure-internal id.
    static let prefixesWithInternalID: Set<Character> = ["1", "3", "4", "5", "6"]
    /// Longest value accepted; generous, but bounded so an identifier cannot carry a payload.
    public static let maximumLength = 64

    /// The identifier as issued, prefix included.
    public let value: String

    /// Validates the shape: a known prefix, then upper-case letters and digits, optionally
    /// followed by `/` + an internal id (letters, digits, `.`, `-`, `_`) for prefixes
    /// 1, 3, 4, 5, 6.
    /// - Throws: `IdentityError.invalidIDNPS`.
    public init(_ value: String) throws(IdentityError) {
        if let reason = Self.problem(in: value) { throw .invalidIDNPS(value, reason: reason) }
        self.value = value
    }

    /// For callers that built the value from an already validated RPPS or ADELI.
    init(alreadyValidated value: String) { self.value = value }

    /// The type prefix (first character).
    public var prefix: Character { value.first ?? "0" }

    /// The RPPS number when the prefix is `8` and exactly 11 digits follow. The Luhn key is
    /// not checked here (an IDNPS is taken as issued); use `RPPS(_:)` for that.
    public var rpps: String? {
        let rest = value.dropFirst()
        guard prefix == "8", rest.unicodeScalars.count == 11, IdentifierSyntax.isAllDigits(rest) else {
            return nil
        }
        return String(rest)
    }

    /// The ADELI number when the prefix is `0` and exactly 9 characters follow.
    public var adeli: String? {
        let rest = value.dropFirst()
        guard prefix == "0", rest.unicodeScalars.count == 9 else { return nil }
        return String(rest)
    }

    /// The identifier itself.
    public var description: String { value }

    private static func problem(in value: String) -> String? {
        let length = value.unicodeScalars.count
        guard length >= 2 else { return "it needs a type prefix and at least one more character" }
        guard length <= maximumLength else { return "it is longer than \(maximumLength) characters" }
        guard let first = value.first, prefixes.contains(first) else {
            return "it must start with a type prefix 0, 1, 3, 4, 5, 6 or 8"
        }
        let parts = value.dropFirst().split(separator: "/", maxSplits: 1, omittingEmptySubsequences: false)
        guard IdentifierSyntax.isDigitsOrUppercase(parts[0]) else {
            return "after the prefix only digits and upper-case letters are allowed"
        }
        if parts.count == 2 {
            guard prefixesWithInternalID.contains(first) else {
                return "only prefixes 1, 3, 4, 5 and 6 may carry \"/\" and an internal id"
            }
            let internalID = parts[1]
            let allowed = internalID.unicodeScalars.allSatisfy {
                IdentifierSyntax.isAlphanumeric($0) || $0 == "." || $0 == "-" || $0 == "_"
            }
            guard !internalID.isEmpty, allowed else {
                return "the internal id after \"/\" must be letters, digits, '.', '-' or '_'"
            }
        }
        return nil
    }
}
