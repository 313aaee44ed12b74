import Foundation

/// RPPS number (Répertoire Partagé des Professionnels de Santé): 11 digits, the last one a
/// Luhn check digit.
///
/// The Luhn key is checked because it catches typing errors when a number is keyed in by
/// hand. The spec does not state the rule; real-looking ANS values follow it (test card
/// `899700367917`, CR-BIO example `810002422979`), fictitious ones often do not (the spec's
/// own example `810003461033`), which is why `IDNPS.rpps` does not check it.
public struct RPPS: Hashable, Sendable, ValidatedIdentifier, CustomStringConvertible {
    /// FHIR `Identifier.system` of RPPS numbers.
    public static let system = "https://rpps.esante.gouv.fr"

    /// The 11 digits.
    public let value: String

    /// Validates 11 ASCII digits with a correct Luhn key.
    /// - Throws: `IdentityError.invalidRPPS`.
    public init(_ value: String) throws(IdentityError) {
        let digits = Substring(value)
        guard digits.unicodeScalars.count == 11 else {
            throw .invalidRPPS(value, reason: "it must have 11 digits, not \(digits.unicodeScalars.count)")
        }
        guard IdentifierSyntax.isAllDigits(digits) else {
            throw .invalidRPPS(value, reason: "it must contain digits only")
        }
        guard IdentifierSyntax.passesLuhn(digits) else {
            throw .invalidRPPS(value, reason: "its last digit is not the Luhn key of the first ten")
        }
        self.value = value
    }

    /// The IDNPS of this professional: `8` + RPPS.
    public var idnps: IDNPS { IDNPS(alreadyValidated: "8" + value) }

    /// The 11 digits.
    public var description: String { value }
}
