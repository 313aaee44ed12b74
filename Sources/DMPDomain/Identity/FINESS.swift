import Foundation

/// FINESS number (Fichier National des Établissements Sanitaires et Sociaux), for a legal
/// entity (EJ) or a site (EG): 9 characters, the first two the département (`2A`/`2B` for
/// Corsica), the last one a Luhn check digit.
///
/// The Luhn rule is not stated in the spec; it was confirmed empirically: it holds for a
/// dozen real FINESS numbers of university hospitals checked by hand (AP-HP 750712184, HCL
/// 690781810, …) and for the real-looking ANS sample numbers (750803447, 920008059). How
/// the key is computed for Corsican numbers (letters) was not found, so for `2A`/`2B`
/// numbers only the format is checked.
public struct FINESS: Hashable, Sendable, ValidatedIdentifier, CustomStringConvertible {
    /// FHIR `Identifier.system` of FINESS numbers.
    public static let system = "https://finess.esante.gouv.fr"

    /// The 9 characters.
    public let value: String

    /// Validates 9 characters: 2-character département (digits, `2A` or `2B`), 7 digits,
    /// and the Luhn key when the number is all digits.
    /// - Throws: `IdentityError.invalidFINESS`.
    public init(_ value: String) throws(IdentityError) {
        let text = Substring(value)
        guard text.unicodeScalars.count == 9 else {
            throw .invalidFINESS(value, reason: "it must have 9 characters, not \(text.unicodeScalars.count)")
        }
        let department = text.prefix(2)
        let isCorsican = department == "2A" || department == "2B"
        guard isCorsican || IdentifierSyntax.isAllDigits(department) else {
            throw .invalidFINESS(value, reason: "it must start with a département: two digits, 2A or 2B")
        }
        guard IdentifierSyntax.isAllDigits(text.dropFirst(2)) else {
            throw .invalidFINESS(value, reason: "characters 3 to 9 must be digits")
        }
        guard isCorsican || IdentifierSyntax.passesLuhn(text) else {
            throw .invalidFINESS(value, reason: "its last digit is not the Luhn key of the first eight")
        }
        self.value = value
    }

    /// The département: first two characters (`75`, `2A`, `97`…).
    public var department: String { String(value.prefix(2)) }

    /// The national structure identifier of this entity: `1` + FINESS.
    public var structureIdentifier: StructureIdentifier {
        StructureIdentifier(alreadyValidated: "1" + value)
    }

    /// The 9 characters.
    public var description: String { value }
}
