import Foundation

/// A submission set (lot de soumission): the unit of publication, all-or-nothing.
public struct SubmissionSet: Hashable, Sendable, Codable {
    /// Registry id.
    public let entryUUID: EntryUUID
    /// Producer's id (OID).
    public var uniqueId: String
    /// OID of the emitting system.
    public var sourceId: String
    /// When the registry accepted it.
    public var submissionTime: Date
    /// Title.
    public var title: String?
    /// Comments.
    public var comments: String?
    /// contentTypeCode (JDV_J59 / J03).
    public var contentTypeCode: Coding
    /// Author (1..1 in the DMP).
    public var authors: [Author]
    /// Key of the record.
    public let patientKey: PatientKey
    /// Status: approved, or archived.
    public var status: AvailabilityStatus
    /// entryUUIDs of the document entries it brought (HasMember).
    public var memberEntryUUIDs: [EntryUUID]
    /// entryUUIDs of the folders it created or updated (HasMember).
    public var folderEntryUUIDs: [EntryUUID]

    /// Creates a submission set.
    public init(
        entryUUID: EntryUUID, uniqueId: String, sourceId: String, submissionTime: Date, title: String?,
        comments: String?, contentTypeCode: Coding, authors: [Author], patientKey: PatientKey,
        status: AvailabilityStatus = .approved, memberEntryUUIDs: [EntryUUID] = [], folderEntryUUIDs: [EntryUUID] = []
    ) {
        self.entryUUID = entryUUID
        self.uniqueId = uniqueId
        self.sourceId = sourceId
        self.submissionTime = submissionTime
        self.title = title
        self.comments = comments
        self.contentTypeCode = contentTypeCode
        self.authors = authors
        self.patientKey = patientKey
        self.status = status
        self.memberEntryUUIDs = memberEntryUUIDs
        self.folderEntryUUIDs = folderEntryUUIDs
    }
}
