import DMPDomain
import DMPStorage
import Foundation

/// A search of a record's submission sets and folders (ITI-66).
public struct ListQuery: Sendable, Hashable {
    /// The record.
    public var patientKey: PatientKey
    /// Which kinds of lists.
    public var includeSubmissionSets: Bool
    /// Which kinds of lists.
    public var includeFolders: Bool
    /// Submission time (sets) or last update time (folders).
    public var date: DateRange
    /// Producer uniqueIds wanted.
    public var uniqueIds: [String]

    /// Creates a query.
    public init(
        patientKey: PatientKey, includeSubmissionSets: Bool = true, includeFolders: Bool = true,
        date: DateRange = .unbounded, uniqueIds: [String] = []
    ) {
        self.patientKey = patientKey
        self.includeSubmissionSets = includeSubmissionSets
        self.includeFolders = includeFolders
        self.date = date
        self.uniqueIds = uniqueIds
    }
}

/// Lists found, with only the members the actor may see.
public struct ListSearchResult: Sendable {
    /// Submission sets, newest first.
    public let submissionSets: [SubmissionSet]
    /// Folders (latest versions), most recently updated first.
    public let folders: [Folder]

    /// Creates a result.
    public init(submissionSets: [SubmissionSet], folders: [Folder]) {
        self.submissionSets = submissionSets
        self.folders = folders
    }
}

extension DMPServices {
    /// Submission sets and folders of a record. Members the actor may not see are removed,
    /// and a list left with no visible member is not shown at all: its existence would tell
    /// that something hidden was published.
    public func searchLists(_ query: ListQuery, actor: Actor) async throws -> ListSearchResult {
        let key = query.patientKey
        return try await audited(key, actor: actor, action: .submissionSetSearch, target: nil) { tx in
            let record = try await self.activeRecord(tx, key)
            let settings = try await tx.recordSettings(key)
            try self.decide(.list, actor: actor, record: record, settings: settings).enforce()
            var sets: [SubmissionSet] = []
            if query.includeSubmissionSets {
                for var set in try await tx.submissionSets(key, submittedFrom: query.date.from, submittedTo: query.date.to)
                where query.uniqueIds.isEmpty || query.uniqueIds.contains(set.uniqueId) {
                    set.memberEntryUUIDs = try await self.visibleMembers(set.memberEntryUUIDs, record: record, settings: settings, actor: actor, tx)
                    if !set.memberEntryUUIDs.isEmpty { sets.append(set) }
                }
            }
            var folders: [Folder] = []
            if query.includeFolders {
                for var folder in try await tx.currentFolders(key)
                where (query.uniqueIds.isEmpty || query.uniqueIds.contains(folder.uniqueId)) && query.date.contains(folder.lastUpdateTime) {
                    folder.memberLogicalIds = try await self.visibleMembers(folder.memberLogicalIds.map(DocumentTarget.logicalId), record: record, settings: settings, actor: actor, tx)
                        .map(\.logicalId)
                    if !folder.memberLogicalIds.isEmpty { folders.append(folder) }
                }
            }
            try await self.auditSuccess(tx, key, actor: actor, action: .submissionSetSearch, target: nil)
            return ListSearchResult(submissionSets: sets, folders: folders)
        }
    }

    /// One submission set or folder by entryUUID, with its visible members.
    public func list(_ key: PatientKey, entryUUID: EntryUUID, actor: Actor) async throws -> ListSearchResult {
        let all = try await searchLists(ListQuery(patientKey: key), actor: actor)
        let sets = all.submissionSets.filter { $0.entryUUID == entryUUID }
        let folders = all.folders.filter { $0.entryUUID == entryUUID }
        guard !sets.isEmpty || !folders.isEmpty else { throw DMPError(.documentNotFound, "No such list in this DMP.") }
        return ListSearchResult(submissionSets: sets, folders: folders)
    }

    private func visibleMembers(
        _ members: [EntryUUID], record: Record, settings: RecordSettings, actor: Actor, _ tx: RecordTransaction
    ) async throws -> [EntryUUID] {
        try await visibleMembers(members.map(DocumentTarget.entryUUID), record: record, settings: settings, actor: actor, tx).map(\.entryUUID)
    }

    private func visibleMembers(
        _ members: [DocumentTarget], record: Record, settings: RecordSettings, actor: Actor, _ tx: RecordTransaction
    ) async throws -> [DocumentEntry] {
        var visible: [DocumentEntry] = []
        for member in members {
            if let document = try? await consultableDocument(member, action: .read, record: record, settings: settings, actor: actor, tx) {
                visible.append(document.requested)
            }
        }
        return visible
    }

    /// The record of `ins` as a FHIR `Patient` shows it: nil when no record holds data (none,
    /// opposed, purged), as PDSM4DMP's TD0.2 reads "0 entries = no DMP".
    public func patientRecord(_ ins: INS, actor: Actor) async throws -> Record? {
        let record = try await recordStatus(ins, actor: actor)
        guard let record, record.holdsData, record.state != .opposed else { return nil }
        return record
    }
}

extension DateRange {
    /// Whether `date` lies in the range.
    public func contains(_ date: Date) -> Bool {
        (from.map { date >= $0 } ?? true) && (to.map { date <= $0 } ?? true)
    }
}
