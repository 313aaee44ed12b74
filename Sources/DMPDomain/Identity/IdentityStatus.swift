import Foundation

/// Identity confidence status (RNIV): PROV, VALI, RECUP, QUAL.
///
/// The four mutually exclusive statuses of FRCORE `fr-core-cs-identity-status`, crossing
/// "retrieved from INSi" with "checked against a high-trust ID document" (spec 2.1.3).
public struct IdentityStatus: Hashable, Sendable, CustomStringConvertible {
    /// `PROV`, `VALI`, `RECUP` or `QUAL`.
    public let code: String

    /// Identité provisoire: not from INSi, not checked against an ID document.
    public static let provisional = IdentityStatus(unchecked: "PROV")
    /// Identité validée: checked against an ID document, not from INSi.
    public static let validated = IdentityStatus(unchecked: "VALI")
    /// Identité récupérée: from INSi, not checked against an ID document.
    public static let recovered = IdentityStatus(unchecked: "RECUP")
    /// Identité qualifiée: from INSi and checked against an ID document.
    public static let qualified = IdentityStatus(unchecked: "QUAL")

    /// The four statuses, weakest first.
    public static let all: [IdentityStatus] = [.provisional, .validated, .recovered, .qualified]

    /// FHIR code system of these codes.
    public static let system = "https://hl7.fr/ig/fhir/core/CodeSystem/fr-core-cs-identity-status"

    /// Accepts one of the four codes, exactly (upper case).
    /// - Throws: `IdentityError.unknownIdentityStatus`.
    public init(code: String) throws(IdentityError) {
        guard let match = Self.all.first(where: { $0.code == code }) else {
            throw .unknownIdentityStatus(code)
        }
        self = match
    }

    /// Whether the traits were retrieved from the INSi teleservice (RECUP, QUAL).
    public var isRetrievedFromINSi: Bool { self == .recovered || self == .qualified }

    /// Whether the identity was checked against a high-trust ID document (VALI, QUAL).
    public var isCheckedAgainstIDDocument: Bool { self == .validated || self == .qualified }

    /// Only a qualified identity may carry the matricule INS in exchanges (spec 2.1.3).
    public var mayCarryINSInExchanges: Bool { self == .qualified }

    /// French label, as in the code system.
    public var label: String {
        switch code {
        case "PROV": return "Identité provisoire"
        case "VALI": return "Identité validée"
        case "RECUP": return "Identité récupérée"
        default: return "Identité qualifiée"
        }
    }

    /// The code.
    public var description: String { code }

    private init(unchecked code: String) { self.code = code }
}

/// Stored as the bare code and validated when decoded, like the other identity codes.
extension IdentityStatus: ValidatedIdentifier {
    /// The code (the stored text).
    public var value: String { code }

    /// Validates `value` as a code.
    public init(_ value: String) throws(IdentityError) {
        try self.init(code: value)
    }
}
