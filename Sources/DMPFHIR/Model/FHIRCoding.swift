/// FHIR `Coding`: a code in a system named by URI (our XDS ``DMPDomain/Coding`` names it
/// by OID; ``CodingMapping`` translates).
public struct FHIRCoding: Codable, Hashable, Sendable {
    /// Code system URI (`http://loinc.org`, `urn:oid:…`).
    public var system: String?
    /// Version of the code system, kept when a producer sends it.
    public var version: String?
    /// The code.
    public var code: String?
    /// Human label.
    public var display: String?

    /// Creates a coding.
    public init(system: String? = nil, version: String? = nil, code: String? = nil, display: String? = nil) {
        self.system = system
        self.version = version
        self.code = code
        self.display = display
    }
}

/// FHIR `CodeableConcept`: codings of one concept plus free text.
public struct FHIRCodeableConcept: Codable, Hashable, Sendable {
    /// The codings (the first one carries the XDS code on output).
    public var coding: [FHIRCoding]?
    /// Free text.
    public var text: String?

    /// Creates a concept.
    public init(coding: [FHIRCoding]? = nil, text: String? = nil) {
        self.coding = coding
        self.text = text
    }
}
