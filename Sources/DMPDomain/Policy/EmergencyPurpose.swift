/// The purpose of one emergency consent, as MES names it (spec §3.4).
public struct EmergencyPurpose: Hashable, Sendable, Codable, CustomStringConvertible {
    /// The MES purpose code.
    public let rawValue: String

    /// Wraps a purpose code; only the static members are understood by the policy.
    public init(rawValue: String) { self.rawValue = rawValue }

    /// `ETREAT`: the regulating physician of a SAMU-Centre 15 (`centre_15` mode).
    public static let samu = EmergencyPurpose(rawValue: "ETREAT")
    /// `BTG`: any other health professional in break-the-glass mode.
    public static let breakTheGlass = EmergencyPurpose(rawValue: "BTG")
    /// `MASKED`: masked documents (`MASQUE_PS`) shown during an emergency access.
    public static let maskedDocuments = EmergencyPurpose(rawValue: "MASKED")
    /// Every purpose the policy knows.
    public static let all: [EmergencyPurpose] = [.samu, .breakTheGlass, .maskedDocuments]

    /// The code.

    public var description: String { rawValue }
}
