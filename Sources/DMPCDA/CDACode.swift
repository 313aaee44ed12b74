/// An HL7 v3 coded value (`CD`/`CE`/`CV`/`CS`): a code from a code system, with its optional labels.
///
/// A coded element that carries no `code` attribute (typically `nullFlavor="UNK"`) is read as absent.
public struct CDACode: Sendable, Hashable, Codable {
    /// The code itself, e.g. `11502-2` or `SYNTH`.
    public let code: String
    /// The OID of the code system, e.g. `2.16.840.1.113883.6.1` for LOINC.
    public let codeSystem: String?
    /// The human-readable label given by the document, when present.
    public let displayName: String?
    /// The name of the code system given by the document, when present (e.g. `LOINC`).
    public let codeSystemName: String?

    /// Creates a coded value.
    public init(code: String, codeSystem: String? = nil, displayName: String? = nil, codeSystemName: String? = nil) {
        self.code = code
        self.codeSystem = codeSystem
        self.displayName = displayName
        self.codeSystemName = codeSystemName
    }
}
