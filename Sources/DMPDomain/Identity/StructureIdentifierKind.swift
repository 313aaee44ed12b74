import Foundation

/// What the base identifier of a national structure identifier is, read from its prefix
/// (PDSM4DMP `StructIdNat.fsh`). A struct with `static let` members so that a prefix added
/// later does not break exhaustive switches in callers.
public struct StructureIdentifierKind: Hashable, Sendable, CustomStringConvertible {
    /// Stable name, e.g. `finess`.
    public let name: String

    /// `0` + cabinet ADELI id.
    public static let adeliCabinet = StructureIdentifierKind(name: "adeliCabinet")
    /// `1` + FINESS (EJ or EG).
    public static let finess = StructureIdentifierKind(name: "finess")
    /// `2` + SIREN.
    public static let siren = StructureIdentifierKind(name: "siren")
    /// `3` + SIRET.
    public static let siret = StructureIdentifierKind(name: "siret")
    /// `4` + RPPS-rang (cabinet).
    public static let rppsRang = StructureIdentifierKind(name: "rppsRang")
    /// No prefix: a technical number.
    public static let technical = StructureIdentifierKind(name: "technical")

    /// The name.
    public var description: String { name }

    private init(name: String) { self.name = name }

    /// Kind for a first character: `0`–`4` as listed, anything else technical.
    static func forPrefix(_ prefix: Character?) -> StructureIdentifierKind {
        switch prefix {
        case "0": return .adeliCabinet
        case "1": return .finess
        case "2": return .siren
        case "3": return .siret
        case "4": return .rppsRang
        default: return .technical
        }
    }
}
