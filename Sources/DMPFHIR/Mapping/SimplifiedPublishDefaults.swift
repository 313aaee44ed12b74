import DMPDomain

/// What the server supplies for the elements a PDSm simplified publish (ITI-105) may leave
/// out but XDS requires. Comprehensive DocumentReferences (ITI-65) get no defaults: a
/// missing element there is an error.
public struct SimplifiedPublishDefaults: Sendable {
    /// Used to derive classCode from typeCode when `category` is absent (ASS_X04 table).
    public var terminology: Terminology?
    /// formatCode by MIME type when `content.format` is absent; CDA needs its header to
    /// choose, so XML types are not in the default table.
    public var formatCodesByMimeType: [String: Coding]
    /// formatCode when neither the request nor the table gives one.
    public var formatCode: Coding?
    /// healthcareFacilityTypeCode when `context.facilityType` is absent (e.g. the actor's
    /// sector from the token).
    public var healthcareFacilityTypeCode: Coding?
    /// practiceSettingCode when `context.practiceSetting` is absent.
    public var practiceSettingCode: Coding?
    /// confidentialityCode when `securityLabel` is absent: `N`, visible to all by default.
    public var confidentialityCodes: [Coding]
    /// languageCode when `attachment.language` is absent.
    public var languageCode: String
    /// The SubmissionSet's contentTypeCode; nil uses the document's facility type (TRE_R02
    /// and TRE_A00 codes are members of both J02 and J03).
    public var contentTypeCode: Coding?
    /// The SubmissionSet's sourceId: the OID of this DMP's FHIR gateway (configuration).
    public var sourceId: String

    /// Creates defaults; `sourceId` has none because it identifies the deployment.
    public init(
        sourceId: String, terminology: Terminology? = nil,
        formatCodesByMimeType: [String: Coding] = SimplifiedPublishDefaults.standardFormatCodes,
        formatCode: Coding? = nil, healthcareFacilityTypeCode: Coding? = nil, practiceSettingCode: Coding? = nil,
        confidentialityCodes: [Coding] = [ConfidentialityCode.normal], languageCode: String = "fr-FR",
        contentTypeCode: Coding? = nil
    ) {
        self.sourceId = sourceId
        self.terminology = terminology
        self.formatCodesByMimeType = formatCodesByMimeType
        self.formatCode = formatCode
        self.healthcareFacilityTypeCode = healthcareFacilityTypeCode
        self.practiceSettingCode = practiceSettingCode
        self.confidentialityCodes = confidentialityCodes
        self.languageCode = languageCode
        self.contentTypeCode = contentTypeCode
    }

    /// IHE unstructured-document format codes (TRE_A11) for the MIME types that have one.
    public static let standardFormatCodes: [String: Coding] = {
        let system = CodeSystems.iheFormatCode.oid
        return [
            "application/pdf": Coding(code: "urn:ihe:iti:xds-sd:pdf:2008", system: system),
            "text/plain": Coding(code: "urn:ihe:iti:xds-sd:text:2008", system: system),
            "image/jpeg": Coding(code: "urn:ihe:iti-fr:xds-sd:jpeg:2010", system: system),
            "image/tiff": Coding(code: "urn:ihe:iti-fr:xds-sd:tiff:2010", system: system),
            "text/rtf": Coding(code: "urn:ihe:iti-fr:xds-sd:rtf:2010", system: system),
            "application/rtf": Coding(code: "urn:ihe:iti-fr:xds-sd:rtf:2010", system: system),
        ]
    }()
}
