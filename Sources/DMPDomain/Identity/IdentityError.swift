import Foundation

/// Why an identity trait or a professional / structure identifier was refused.
public enum IdentityError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The identity confidence status is not PROV, VALI, RECUP or QUAL; carries the code.
    case unknownIdentityStatus(String)
    /// The administrative sex is not M, F or U; carries the code.
    case unknownAdministrativeSex(String)
    /// Not a well-formed national professional identifier (IDNPS); carries the value and
    /// the rule broken.
    case invalidIDNPS(String, reason: String)
    /// Not a well-formed RPPS number.
    case invalidRPPS(String, reason: String)
    /// Not a well-formed ADELI number.
    case invalidADELI(String, reason: String)
    /// Not a well-formed national structure identifier (StructIdNat / IDNST).
    case invalidStructureIdentifier(String, reason: String)
    /// Not a well-formed FINESS number.
    case invalidFINESS(String, reason: String)

    /// A clear English sentence for a person.
    public var description: String {
        switch self {
        case .unknownIdentityStatus(let code):
            return "\"\(code)\" is not an identity confidence status; expected PROV, VALI, RECUP or QUAL."
        case .unknownAdministrativeSex(let code):
            return "\"\(code)\" is not an administrative sex; expected M, F or U."
        case .invalidIDNPS(let value, let reason):
            return "\"\(value)\" is not a valid national professional identifier (IDNPS): \(reason)."
        case .invalidRPPS(let value, let reason):
            return "\"\(value)\" is not a valid RPPS number: \(reason)."
        case .invalidADELI(let value, let reason):
            return "\"\(value)\" is not a valid ADELI number: \(reason)."
        case .invalidStructureIdentifier(let value, let reason):
            return "\"\(value)\" is not a valid national structure identifier: \(reason)."
        case .invalidFINESS(let value, let reason):
            return "\"\(value)\" is not a valid FINESS number: \(reason)."
        }
    }
}
