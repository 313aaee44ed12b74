import Foundation

/// The XDS metadata of a document as its producer submits it (spec §4.3). The registry adds
/// identifiers, status and versions in `DocumentEntry`.
public struct DocumentMetadata: Hashable, Sendable, Codable {
    /// Producer's identifier of the document (OID or UUID), also the CDA `ClinicalDocument/id`.
    public var uniqueId: String
    /// classCode (JDV_J57), derived from typeCode.
    public var classCode: Coding
    /// typeCode (JDV_J07 / J66).
    public var typeCode: Coding
    /// formatCode (JDV_J10 / J60).
    public var formatCode: Coding
    /// healthcareFacilityTypeCode (JDV_J02 / J61).
    public var healthcareFacilityTypeCode: Coding
    /// practiceSettingCode (JDV_J04).
    public var practiceSettingCode: Coding
    /// confidentialityCode: 1 to 4 codes of JDV_J58 (one HL7 level and visibility flags).
    public var confidentialityCodes: [Coding]
    /// Authors, at least one.
    public var authors: [Author]
    /// Legal authenticator.
    public var legalAuthenticator: Author?
    /// When the producer created the document (CDA effectiveTime).
    public var creationTime: Date
    /// Start of the act documented.
    public var serviceStartTime: Date
    /// End of the act documented.
    public var serviceStopTime: Date?
    /// Title.
    public var title: String
    /// Comments.
    public var comments: String?
    /// Language (`fr-FR`).
    public var languageCode: String
    /// MIME type of the bytes.
    public var mimeType: String
    /// SHA-1 of the bytes, lower-case hex.
    public var hash: String
    /// Size of the bytes.
    public var size: Int64
    /// Producer's patient id (IPP, or the INS) as a CX string.
    public var sourcePatientId: String
    /// Producer's patient traits, PID-style lines, kept as received and never reused.
    public var sourcePatientInfo: [String]
    /// eventCodeList.
    public var eventCodes: [Coding]
    /// referenceIdList.
    public var referenceIds: [ReferenceID]

    /// Creates metadata.
    public init(
        uniqueId: String, classCode: Coding, typeCode: Coding, formatCode: Coding,
        healthcareFacilityTypeCode: Coding, practiceSettingCode: Coding, confidentialityCodes: [Coding],
        authors: [Author], legalAuthenticator: Author?, creationTime: Date, serviceStartTime: Date,
        serviceStopTime: Date?, title: String, comments: String?, languageCode: String, mimeType: String,
        hash: String, size: Int64, sourcePatientId: String, sourcePatientInfo: [String],
        eventCodes: [Coding], referenceIds: [ReferenceID]
    ) {
        self.uniqueId = uniqueId
        self.classCode = classCode
        self.typeCode = typeCode
        self.formatCode = formatCode
        self.healthcareFacilityTypeCode = healthcareFacilityTypeCode
        self.practiceSettingCode = practiceSettingCode
        self.confidentialityCodes = confidentialityCodes
        self.authors = authors
        self.legalAuthenticator = legalAuthenticator
        self.creationTime = creationTime
        self.serviceStartTime = serviceStartTime
        self.serviceStopTime = serviceStopTime
        self.title = title
        self.comments = comments
        self.languageCode = languageCode
        self.mimeType = mimeType
        self.hash = hash
        self.size = size
        self.sourcePatientId = sourcePatientId
        self.sourcePatientInfo = sourcePatientInfo
        self.eventCodes = eventCodes
        self.referenceIds = referenceIds
    }

    /// Whether the confidentiality set carries `code` (code and system compared).
    public func hasConfidentiality(_ code: Coding) -> Bool {
        confidentialityCodes.contains { $0.sameConcept(as: code) }
    }

    /// Whether `actor` is one of the authors.
    public func isAuthored(by actor: Actor) -> Bool {
        authors.contains { $0.isActor(actor) }
    }
}
