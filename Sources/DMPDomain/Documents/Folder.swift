import Foundation

/// A folder (classeur): a named group of documents of one record. Updating a folder makes a
/// new version (new entryUUID, same logicalId), like a DocumentEntry.
public struct Folder: Hashable, Sendable, Codable {
    /// Registry id of this version.
    public let entryUUID: EntryUUID
    /// Stable id across versions.
    public let logicalId: LogicalID
    /// Version number, 1 for the first.
    public let version: Int
    /// Producer's id.
    public var uniqueId: String
    /// Title.
    public var title: String
    /// Comments.
    public var comments: String?
    /// codeList (1..*).
    public var codes: [Coding]
    /// Last time documents were added.
    public var lastUpdateTime: Date
    /// Key of the record.
    public let patientKey: PatientKey
    /// Status.
    public var status: AvailabilityStatus
    /// logicalIds of the member documents.
    public var memberLogicalIds: [LogicalID]
    /// Whether this is the latest version.
    public let isCurrent: Bool

    /// Creates a folder version.
    public init(
        entryUUID: EntryUUID, logicalId: LogicalID, version: Int, uniqueId: String, title: String,
        comments: String?, codes: [Coding], lastUpdateTime: Date, patientKey: PatientKey,
        status: AvailabilityStatus = .approved, memberLogicalIds: [LogicalID], isCurrent: Bool = true
    ) {
        self.entryUUID = entryUUID
        self.logicalId = logicalId
        self.version = version
        self.uniqueId = uniqueId
        self.title = title
        self.comments = comments
        self.codes = codes
        self.lastUpdateTime = lastUpdateTime
        self.patientKey = patientKey
        self.status = status
        self.memberLogicalIds = memberLogicalIds
        self.isCurrent = isCurrent
    }
}
