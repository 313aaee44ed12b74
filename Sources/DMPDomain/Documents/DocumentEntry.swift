import Foundation

/// One metadata version of a document in the registry. Documents are immutable bytes; every
/// metadata change (status, confidentiality) makes a new version with a new `entryUUID` and
/// the same `logicalId`; a replacement is a new document with a new `logicalId`.
public struct DocumentEntry: Hashable, Sendable, Codable {
    /// Registry id of this version.
    public let entryUUID: EntryUUID
    /// Registry id stable across metadata versions.
    public let logicalId: LogicalID
    /// Metadata version number, 1 for the first.
    public let version: Int
    /// Key of the record the document belongs to.
    public let patientKey: PatientKey
    /// Availability status of this version.
    public var status: AvailabilityStatus
    /// The producer's metadata (confidentiality may change between versions).
    public var metadata: DocumentMetadata
    /// The submission set that brought the document.
    public let submissionSetUUID: EntryUUID
    /// When this version was registered.
    public let registeredAt: Date
    /// entryUUID of the document this one replaces (RPLC), if any.
    public let replaces: EntryUUID?
    /// Where the bytes are: their SHA-256 (content address within the patient's folder).
    public let blobSHA256: String
    /// Whether this is the latest metadata version of its logical document.
    public let isCurrent: Bool

    /// Creates an entry.
    public init(
        entryUUID: EntryUUID, logicalId: LogicalID, version: Int, patientKey: PatientKey,
        status: AvailabilityStatus, metadata: DocumentMetadata, submissionSetUUID: EntryUUID,
        registeredAt: Date, replaces: EntryUUID?, blobSHA256: String, isCurrent: Bool
    ) {
        self.entryUUID = entryUUID
        self.logicalId = logicalId
        self.version = version
        self.patientKey = patientKey
        self.status = status
        self.metadata = metadata
        self.submissionSetUUID = submissionSetUUID
        self.registeredAt = registeredAt
        self.replaces = replaces
        self.blobSHA256 = blobSHA256
        self.isCurrent = isCurrent
    }

    /// The next metadata version: new entryUUID, same logicalId, version + 1.
    public func nextVersion(
        status: AvailabilityStatus? = nil, confidentialityCodes: [Coding]? = nil, at now: Date
    ) -> DocumentEntry {
        var metadata = self.metadata
        if let codes = confidentialityCodes { metadata.confidentialityCodes = codes }
        return DocumentEntry(
            entryUUID: .make(), logicalId: logicalId, version: version + 1, patientKey: patientKey,
            status: status ?? self.status, metadata: metadata, submissionSetUUID: submissionSetUUID,
            registeredAt: now, replaces: replaces, blobSHA256: blobSHA256, isCurrent: true)
    }
}
