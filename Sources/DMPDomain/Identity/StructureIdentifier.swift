import Foundation

/// National structure identifier (StructIdNat / IDNST, OID 1.2.250.1.71.4.2.2): a type
/// prefix + base identifier, or a bare technical number (spec 2.2).
///
/// Like the IDNPS, it is taken as issued: only its shape is checked, and the base number
/// (a FINESS, SIREN…) is not checked for its key, because official ANS documents use
/// fictitious ones (e.g. `1120459876`). Use `FINESS(_:)` on `localIdentifier` for that.
public struct StructureIdentifier: Hashable, Sendable, ValidatedIdentifier, CustomStringConvertible {
    /// OID of the structure-identifier namespace (`XON.6`).
    public static let oid = "1.2.250.1.71.4.2.2"
    /// Longest value accepted.
    public static let maximumLength = 64

    /// The identifier as issued, prefix included.
    public let value: String

    /// Validates the shape: 2 to 64 ASCII letters, digits, `/`, `.`, `-` or `_`.
    /// - Throws: `IdentityError.invalidStructureIdentifier`.
    public init(_ value: String) throws(IdentityError) {
        let length = value.unicodeScalars.count
        guard length >= 2, length <= Self.maximumLength else {
            throw .invalidStructureIdentifier(
                value, reason: "it must have 2 to \(Self.maximumLength) characters, not \(length)")
        }
        let allowed = value.unicodeScalars.allSatisfy {
            IdentifierSyntax.isAlphanumeric($0) || $0 == "/" || $0 == "." || $0 == "-" || $0 == "_"
        }
        guard allowed else {
            throw .invalidStructureIdentifier(
                value, reason: "only letters, digits, '/', '.', '-' and '_' are allowed")
        }
        self.value = value
    }

    /// For callers that built the value from an already validated FINESS.
    init(alreadyValidated value: String) { self.value = value }

    /// Kind read from the prefix: finess `1`, siren `2`, siret `3`, rppsRang `4`,
    /// adeliCabinet `0`, technical otherwise. A technical number that happens to start
    /// with 0–4 cannot be told apart; the prefix wins, as in the PDSM4DMP model.
    public var kind: StructureIdentifierKind { .forPrefix(value.first) }

    /// The base identifier: the value without its prefix, or the whole value when
    /// technical.
    public var localIdentifier: String {
        kind == .technical ? value : String(value.dropFirst())
    }

    /// The identifier itself.
    public var description: String { value }
}
