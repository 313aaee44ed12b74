import Foundation

/// A coded value as XDS carries it: code + coding scheme (an OID, e.g. LOINC
/// `2.16.840.1.113883.6.1`) + display.
///
/// The system is the OID form because XDS metadata and CDA headers carry OIDs; FHIR
/// adapters translate to and from canonical URIs with ``CodeSystems``.
public struct Coding: Hashable, Sendable, Codable, CustomStringConvertible {
    /// The code itself, e.g. `11488-4` or `MASQUE_PS`.
    public var code: String
    /// OID of the code system (XDS `codingScheme`, CDA `codeSystem`).
    public var system: String
    /// Human-readable label; informative only, never part of a comparison of concepts.
    public var display: String?

    /// Creates a coding; `system` is an OID, not a URI.
    public init(code: String, system: String, display: String? = nil) {
        self.code = code
        self.system = system
        self.display = display
    }

    /// Whether both codings name the same concept: same code in the same system.
    /// Displays are ignored because producers write their own labels.
    public func sameConcept(as other: Coding) -> Bool {
        code == other.code && system == other.system
    }

    /// `code^display^system`, the order of an HL7 v2 CE, which support staff recognise.
    public var description: String {
        "\(code)^\(display ?? "")^\(system)"
    }
}
