/// How a professional accesses a record (TRE_R248_ModeAcces, OID 1.2.250.1.213.1.1.4.336).
public struct AccessMode: Hashable, Sendable, Codable, CustomStringConvertible {
    /// The TRE_R248 code.
    public let code: String

    /// Creates a mode from its TRE_R248 code; nil for a code outside TRE_R248.
    public init?(code: String) {
        guard Self.all.contains(where: { $0.code == code }) else { return nil }
        self.code = code
    }

    private init(uncheckedCode: String) { self.code = uncheckedCode }

    /// Normal access, under the patient's authorisation.
    public static let normal = AccessMode(uncheckedCode: "normal")
    /// Break-the-glass: emergency access by any professional, with a written reason.
    public static let breakTheGlass = AccessMode(uncheckedCode: "bris_de_glace")
    /// Access by the regulating physician of a SAMU-Centre 15.
    public static let centre15 = AccessMode(uncheckedCode: "centre_15")
    /// Every mode of TRE_R248.
    public static let all: [AccessMode] = [.normal, .breakTheGlass, .centre15]
    /// TRE_R248 code system OID.
    public static let codeSystemOID = "1.2.250.1.213.1.1.4.336"

    /// Whether this is one of the two emergency modes.
    public var isEmergency: Bool { self != .normal }
    public var description: String { code }
}
