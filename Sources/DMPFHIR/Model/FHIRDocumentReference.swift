/// FHIR R4 `DocumentReference`, the elements MHD/PDSm use.
public struct FHIRDocumentReference: Codable, Hashable, Sendable, FHIRResourceContent {
    /// `DocumentReference`.
    public static let resourceType = "DocumentReference"

    /// Logical id (our entryUUID).
    public var id: String?
    /// Version and profiles.
    public var meta: FHIRMeta?
    /// Contained authors, authenticator, custodian and source patient.
    public var contained: [FHIRResource]?
    /// Extensions (`pdsm-ext-is-archived`).
    public var `extension`: [FHIRExtension]?
    /// XDS uniqueId.
    public var masterIdentifier: FHIRIdentifier?
    /// XDS logicalId (PDSM4DMP annex), and any other identifier a producer sends.
    public var identifier: [FHIRIdentifier]?
    /// `current`, `superseded`, `entered-in-error`.
    public var status: String?
    /// Status of the document itself (preliminary, final…), unused by XDS.
    public var docStatus: String?
    /// typeCode.
    public var type: FHIRCodeableConcept?
    /// classCode.
    public var category: [FHIRCodeableConcept]?
    /// The patient (`Patient/<id>` or `Patient?identifier=<system>|<value>`).
    public var subject: FHIRReference?
    /// creationTime (PDSM4DMP dates annex), FHIR instant.
    public var date: String?
    /// Authors.
    public var author: [FHIRReference]?
    /// Legal authenticator.
    public var authenticator: FHIRReference?
    /// Keeper of the document (the DMP).
    public var custodian: FHIRReference?
    /// Replacement (`replaces`) and other relations.
    public var relatesTo: [RelatesTo]?
    /// XDS comments.
    public var description: String?
    /// confidentialityCode (1..4).
    public var securityLabel: [FHIRCodeableConcept]?
    /// The document's bytes (XDS allows exactly one).
    public var content: [Content]?
    /// Clinical context.
    public var context: Context?

    /// Creates an empty DocumentReference.
    public init() {}

    /// `DocumentReference.relatesTo`.
    public struct RelatesTo: Codable, Hashable, Sendable {
        /// `replaces`, `transforms`, `signs`, `appends`.
        public var code: String?
        /// The other DocumentReference.
        public var target: FHIRReference?

        /// Creates a relation.
        public init(code: String? = nil, target: FHIRReference? = nil) {
            self.code = code
            self.target = target
        }
    }

    /// `DocumentReference.content`.
    public struct Content: Codable, Hashable, Sendable {
        /// Where the bytes are and what they are.
        public var attachment: FHIRAttachment?
        /// formatCode.
        public var format: FHIRCoding?

        /// Creates a content.
        public init(attachment: FHIRAttachment? = nil, format: FHIRCoding? = nil) {
            self.attachment = attachment
            self.format = format
        }
    }

    /// `DocumentReference.context`.
    public struct Context: Codable, Hashable, Sendable {
        /// eventCodeList.
        public var event: [FHIRCodeableConcept]?
        /// serviceStartTime / serviceStopTime.
        public var period: FHIRPeriod?
        /// healthcareFacilityTypeCode.
        public var facilityType: FHIRCodeableConcept?
        /// practiceSettingCode.
        public var practiceSetting: FHIRCodeableConcept?
        /// sourcePatientId / sourcePatientInfo (a contained Patient).
        public var sourcePatientInfo: FHIRReference?
        /// referenceIdList.
        public var related: [FHIRReference]?

        /// Creates a context.
        public init(
            event: [FHIRCodeableConcept]? = nil, period: FHIRPeriod? = nil, facilityType: FHIRCodeableConcept? = nil,
            practiceSetting: FHIRCodeableConcept? = nil, sourcePatientInfo: FHIRReference? = nil,
            related: [FHIRReference]? = nil
        ) {
            self.event = event
            self.period = period
            self.facilityType = facilityType
            self.practiceSetting = practiceSetting
            self.sourcePatientInfo = sourcePatientInfo
            self.related = related
        }
    }
}
