import Foundation

/// Sex in INS traits (INS gender value set: male | female | unknown).
public struct AdministrativeSex: Hashable, Sendable, CustomStringConvertible {
    /// `M`, `F` or `U`.
    public let code: String

    /// Male.
    public static let male = AdministrativeSex(unchecked: "M")
    /// Female.
    public static let female = AdministrativeSex(unchecked: "F")
    /// Unknown. INSi identities are M or F; U exists for identities not yet qualified.
    public static let unknown = AdministrativeSex(unchecked: "U")

    /// The three codes.
    public static let all: [AdministrativeSex] = [.male, .female, .unknown]

    /// Accepts `M`, `F` or `U`.
    /// - Throws: `IdentityError.unknownAdministrativeSex`.
    public init(code: String) throws(IdentityError) {
        guard let match = Self.all.first(where: { $0.code == code }) else {
            throw .unknownAdministrativeSex(code)
        }
        self = match
    }

    /// FHIR `Patient.gender` code.
    public var fhirGender: String {
        switch code {
        case "M": return "male"
        case "F": return "female"
        default: return "unknown"
        }
    }

    /// The code.
    public var description: String { code }

    private init(unchecked code: String) { self.code = code }
}

/// Stored as the bare code and validated when decoded, like the other identity codes.
extension AdministrativeSex: ValidatedIdentifier {
    /// The code (the stored text).
    public var value: String { code }

    /// Validates `value` as a code.
    public init(_ value: String) throws(IdentityError) {
        try self.init(code: value)
    }
}
