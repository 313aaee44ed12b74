/// FHIR R4 `Parameters`, read here for FHIRPath Patch (MHD `UpdateDocumentRefs` entries).
public struct FHIRParameters: Codable, Hashable, Sendable, FHIRResourceContent {
    /// `Parameters`.
    public static let resourceType = "Parameters"

    /// Logical id.
    public var id: String?
    /// Meta.
    public var meta: FHIRMeta?
    /// The parameters.
    public var parameter: [Parameter]?

    /// Creates Parameters.
    public init(id: String? = nil, parameter: [Parameter]? = nil) {
        self.id = id
        self.parameter = parameter
    }

    /// `Parameters.parameter`, with the value types a FHIRPath Patch uses.
    public struct Parameter: Codable, Hashable, Sendable {
        /// Name (`operation`, `type`, `path`, `name`, `value`, `index`…).
        public var name: String
        /// `valueString`.
        public var valueString: String?
        /// `valueCode`.
        public var valueCode: String?
        /// `valueBoolean`.
        public var valueBoolean: Bool?
        /// `valueInteger`.
        public var valueInteger: Int?
        /// `valueUri`.
        public var valueUri: String?
        /// `valueCoding`.
        public var valueCoding: FHIRCoding?
        /// `valueCodeableConcept`.
        public var valueCodeableConcept: FHIRCodeableConcept?
        /// Sub-parameters.
        public var part: [Parameter]?

        /// Creates a parameter.
        public init(
            name: String, valueString: String? = nil, valueCode: String? = nil, valueBoolean: Bool? = nil,
            valueInteger: Int? = nil, valueUri: String? = nil, valueCoding: FHIRCoding? = nil,
            valueCodeableConcept: FHIRCodeableConcept? = nil, part: [Parameter]? = nil
        ) {
            self.name = name
            self.valueString = valueString
            self.valueCode = valueCode
            self.valueBoolean = valueBoolean
            self.valueInteger = valueInteger
            self.valueUri = valueUri
            self.valueCoding = valueCoding
            self.valueCodeableConcept = valueCodeableConcept
            self.part = part
        }

        /// Whether the parameter carries any value.
        var hasValue: Bool {
            valueString != nil || valueCode != nil || valueBoolean != nil || valueInteger != nil || valueUri != nil
                || valueCoding != nil || valueCodeableConcept != nil
        }
    }
}
