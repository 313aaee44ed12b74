import Foundation

/// ADELI number (the older directory, for professions not yet in the RPPS): 9 characters.
///
/// Digits and upper-case letters are accepted: the FRCORE profile says "9 chiffres", but
/// official ANS documents carry ADELI-based identifiers such as `0B1057294`. No key is
/// checked: the ADELI key algorithm was not confirmed in the sources read.
public struct ADELI: Hashable, Sendable, ValidatedIdentifier, CustomStringConvertible {
    /// FHIR `Identifier.system` of ADELI numbers.
    public static let system = "https://adeli.esante.gouv.fr"

    /// The 9 characters.
    public let value: String

    /// Validates 9 ASCII digits or upper-case letters.
    /// - Throws: `IdentityError.invalidADELI`.
    public init(_ value: String) throws(IdentityError) {
        let text = Substring(value)
        guard text.unicodeScalars.count == 9 else {
            throw .invalidADELI(value, reason: "it must have 9 characters, not \(text.unicodeScalars.count)")
        }
        guard IdentifierSyntax.isDigitsOrUppercase(text) else {
            throw .invalidADELI(value, reason: "it must contain digits and upper-case letters only")
        }
        self.value = value
    }

    /// The IDNPS of this professional: `0` + ADELI.
    public var idnps: IDNPS { IDNPS(alreadyValidated: "0" + value) }

    /// The 9 characters.
    public var description: String { value }
}
