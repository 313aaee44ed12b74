import Foundation

/// The national health identifier: matricule + assigning authority.
///
/// Only constructible through validation, so holding an `INS` proves the authority is one
/// of the four INS namespaces and the matricule is well formed with a correct key (or, only
/// under an explicit relaxed policy, a test patient with a wrong key).
public struct INS: Hashable, Sendable, Codable, CustomStringConvertible {
    /// The 15-character matricule (NIR or NIA body + 2-digit key), exactly as received.
    public let matricule: String
    /// The assigning authority (namespace) of the matricule.
    public let authority: INSAuthority

    /// Validates and builds an INS.
    ///
    /// Checks, in this order: the authority (so that a billing NIR is refused as such even
    /// when its key is right), the length, the characters, then the key.
    /// - Throws: `INSError` naming the first rule broken.
    public init(matricule: String, authorityOID: String, policy: INSValidationPolicy = .strict) throws(INSError) {
        let authority = try INSAuthority(oid: authorityOID)
        let scalars = Array(matricule.unicodeScalars)
        guard scalars.count == NIRBody.length + 2 else { throw .wrongLength(scalars.count) }
        if let problem = NIRBody.firstInvalidCharacter(in: scalars) {
            throw .invalidCharacters(problem)
        }
        for (index, scalar) in scalars.enumerated().dropFirst(NIRBody.length)
        where NIRBody.digitValue(scalar) == nil {
            throw .invalidCharacters(
                "\(NIRBody.quoted(scalar)) at position \(index + 1); the key (positions 14–15) is two digits")
        }
        let body = String(String.UnicodeScalarView(scalars.prefix(NIRBody.length)))
        let found = String(String.UnicodeScalarView(scalars.suffix(2)))
        // Cannot be nil: length and characters were checked just above.
        let expected = NIRKey.compute(body) ?? ""
        if expected != found && !policy.toleratesInvalidKey(for: authority) {
            throw .invalidKey(expected: expected, found: found)
        }
        self.matricule = matricule
        self.authority = authority
    }

    /// `<oid>|<matricule>`: the authority first, as in a FHIR token search, so that two
    /// INS with the same digits in different namespaces never print alike.
    public var description: String { "\(authority.oid)|\(matricule)" }

    /// First character of the matricule: `1` male, `2` female for a NIR (other values exist
    /// for temporary numbers, so it is not mapped to `AdministrativeSex` here).
    public var sex: Character { matricule.first ?? "0" }

    /// Positions 6–10 as one 5-character place-of-birth code: département + commune, or an
    /// overseas 3-digit département + 2-digit commune, or `99` + country (spec 2.1.1 note).
    public var birthPlaceCode: String {
        String(matricule.dropFirst(NIRBody.departmentIndex).prefix(5))
    }

    /// Positions 2–3: the two last digits of the birth year (unknown century).
    public var birthYearDigits: String { String(matricule.dropFirst(1).prefix(2)) }

    /// Positions 4–5: birth month as written; may be outside 01–12 for an unknown month.
    public var birthMonthDigits: String { String(matricule.dropFirst(3).prefix(2)) }

    /// Positions 14–15: the key.
    public var key: String { String(matricule.suffix(2)) }
}
