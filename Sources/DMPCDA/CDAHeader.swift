/// The header of a CDA R2 document: every direct child of `ClinicalDocument` before its `component`,
/// plus the kind of body that `component` holds.
public struct CDAHeader: Sendable, Hashable, Codable {
    /// `ClinicalDocument/id`: the unique identifier of this version of the document.
    public let id: CDAInstanceIdentifier
    /// `ClinicalDocument/code`: the document type (LOINC, or a French code such as `SYNTH` in
    /// `1.2.250.1.213.1.1.4.12`).
    public let code: CDACode
    /// `ClinicalDocument/title`, with surrounding white space removed.
    public let title: String?
    /// `ClinicalDocument/effectiveTime`: when the document was created.
    public let effectiveTime: CDATimestamp
    /// `ClinicalDocument/confidentialityCode`.
    public let confidentialityCode: CDACode?
    /// `ClinicalDocument/languageCode/@code`, e.g. `fr-FR`.
    public let languageCode: String?
    /// `ClinicalDocument/setId`: the identifier shared by all versions of the document.
    public let setId: CDAInstanceIdentifier?
    /// `ClinicalDocument/versionNumber/@value`.
    public let versionNumber: Int?
    /// `ClinicalDocument/templateId` elements that carry a `root`, in document order.
    public let templateIds: [CDAInstanceIdentifier]
    /// The patient: `patientRole` of the first `recordTarget`.
    public let patient: CDAPatient
    /// Every `ClinicalDocument/author`, in document order.
    public let authors: [CDAAuthor]
    /// `custodian/assignedCustodian/representedCustodianOrganization`.
    public let custodian: CDAOrganization?
    /// The first `legalAuthenticator`: signature time, `assignedEntity` ids and code, person name
    /// and represented organisation.
    public let legalAuthenticator: CDAAuthor?
    /// Every `relatedDocument`, in document order.
    public let relatedDocuments: [CDARelatedDocument]
    /// `documentationOf/serviceEvent/effectiveTime/low` of the first `documentationOf` (or its
    /// `effectiveTime/@value` when the interval is given as a single point).
    public let serviceStart: CDATimestamp?
    /// `documentationOf/serviceEvent/effectiveTime/high` of the first `documentationOf`.
    public let serviceStop: CDATimestamp?
    /// `serviceEvent/code` of every `documentationOf`, in document order (those with a code only).
    public let serviceEventCodes: [CDACode]
    /// `componentOf/encompassingEncounter/location/healthCareFacility/code`: the XDS
    /// healthcareFacilityTypeCode (JDV_J02) in French CDA.
    public let healthcareFacilityTypeCode: CDACode?
    /// The first `documentationOf/serviceEvent/performer/assignedEntity/representedOrganization/standardIndustryClassCode`:
    /// the XDS practiceSettingCode (JDV_J04) in French CDA.
    public let practiceSettingCode: CDACode?
    /// What the body is (structured, non-XML with its media type, or missing).
    public let body: CDABodyKind

    /// Creates a header.
    public init(
        id: CDAInstanceIdentifier,
        code: CDACode,
        title: String? = nil,
        effectiveTime: CDATimestamp,
        confidentialityCode: CDACode? = nil,
        languageCode: String? = nil,
        setId: CDAInstanceIdentifier? = nil,
        versionNumber: Int? = nil,
        templateIds: [CDAInstanceIdentifier] = [],
        patient: CDAPatient,
        authors: [CDAAuthor] = [],
        custodian: CDAOrganization? = nil,
        legalAuthenticator: CDAAuthor? = nil,
        relatedDocuments: [CDARelatedDocument] = [],
        serviceStart: CDATimestamp? = nil,
        serviceStop: CDATimestamp? = nil,
        serviceEventCodes: [CDACode] = [],
        healthcareFacilityTypeCode: CDACode? = nil,
        practiceSettingCode: CDACode? = nil,
        body: CDABodyKind
    ) {
        self.id = id
        self.code = code
        self.title = title
        self.effectiveTime = effectiveTime
        self.confidentialityCode = confidentialityCode
        self.languageCode = languageCode
        self.setId = setId
        self.versionNumber = versionNumber
        self.templateIds = templateIds
        self.patient = patient
        self.authors = authors
        self.custodian = custodian
        self.legalAuthenticator = legalAuthenticator
        self.relatedDocuments = relatedDocuments
        self.serviceStart = serviceStart
        self.serviceStop = serviceStop
        self.serviceEventCodes = serviceEventCodes
        self.healthcareFacilityTypeCode = healthcareFacilityTypeCode
        self.practiceSettingCode = practiceSettingCode
        self.body = body
    }
}
