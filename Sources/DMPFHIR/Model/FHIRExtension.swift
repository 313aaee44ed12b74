/// FHIR `Extension` with the `value[x]` types the DMP reads or writes; other value types
/// are ignored on input, as FHIR allows for extensions a server does not know.
public struct FHIRExtension: Codable, Hashable, Sendable {
    /// Identifies the extension.
    public var url: String
    /// Nested extensions (complex extensions).
    public var `extension`: [FHIRExtension]?
    /// `valueBoolean`.
    public var valueBoolean: Bool?
    /// `valueString`.
    public var valueString: String?
    /// `valueCode`.
    public var valueCode: String?
    /// `valueUri`.
    public var valueUri: String?
    /// `valueCoding`.
    public var valueCoding: FHIRCoding?
    /// `valueCodeableConcept`.
    public var valueCodeableConcept: FHIRCodeableConcept?
    /// `valueIdentifier`.
    public var valueIdentifier: FHIRIdentifier?
    /// `valueReference`.
    public var valueReference: FHIRReference?
    /// `valuePeriod`.
    public var valuePeriod: FHIRPeriod?

    /// Creates an extension; set one value.
    public init(
        url: String, extension: [FHIRExtension]? = nil, valueBoolean: Bool? = nil, valueString: String? = nil,
        valueCode: String? = nil, valueUri: String? = nil, valueCoding: FHIRCoding? = nil,
        valueCodeableConcept: FHIRCodeableConcept? = nil, valueIdentifier: FHIRIdentifier? = nil,
        valueReference: FHIRReference? = nil, valuePeriod: FHIRPeriod? = nil
    ) {
        self.url = url
        self.extension = `extension`
        self.valueBoolean = valueBoolean
        self.valueString = valueString
        self.valueCode = valueCode
        self.valueUri = valueUri
        self.valueCoding = valueCoding
        self.valueCodeableConcept = valueCodeableConcept
        self.valueIdentifier = valueIdentifier
        self.valueReference = valueReference
        self.valuePeriod = valuePeriod
    }
}

extension Array where Element == FHIRExtension {
    /// The extensions with this URL, in order.
    public func with(url: String) -> [FHIRExtension] { filter { $0.url == url } }
}
