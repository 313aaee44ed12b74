import Foundation

/// Sex in INS traits (INS gender value set: male | female | unknown).
public struct AdministrativeSex: Hashable, Sendable, Codable, CustomStringConvertible {
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

    /// Decodes the bare code and validates it.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        let raw = try container.decode(String.self)
        do {
            try self.init(code: raw)
        } catch {
            throw DecodingError.dataCorruptedError(in: container, debugDescription: error.description)
        }
    }

    /// Encodes the bare code.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(code)
    }
}
