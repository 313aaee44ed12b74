import DMPDomain
import DMPServices

extension ListSearch {
    /// The services' query for the record the server resolved. It carries kinds, date and
    /// uniqueIds; the other criteria (status, entryUUID, designationType, sourceId) are
    /// applied to its result by the `matches` functions, and paging by `page(of:context:)`.
    public func query(for key: PatientKey) -> ListQuery {
        ListQuery(
            patientKey: key, includeSubmissionSets: kinds.contains(.submissionSet), includeFolders: kinds.contains(.folder),
            date: date, uniqueIds: uniqueIds)
    }

    /// Whether a submission set passes the criteria the services' query does not carry.
    public func matches(_ set: SubmissionSet) -> Bool {
        kinds.contains(.submissionSet) && statuses.contains(set.status)
            && (entryUUIDs.isEmpty || entryUUIDs.contains(set.entryUUID))
            && (designationTypes.isEmpty || designationTypes.contains { $0.matches(set.contentTypeCode) })
            && (sourceIds.isEmpty || sourceIds.contains(set.sourceId))
            && (uniqueIds.isEmpty || uniqueIds.contains(set.uniqueId))
    }

    /// Whether a folder passes the criteria the services' query does not carry. A folder has
    /// no sourceId: a search by sourceId finds none.
    public func matches(_ folder: Folder) -> Bool {
        let status: AvailabilityStatus = folder.isCurrent ? folder.status : .deprecated
        return kinds.contains(.folder) && statuses.contains(status)
            && (entryUUIDs.isEmpty || entryUUIDs.contains(folder.entryUUID))
            && (designationTypes.isEmpty || folder.codes.contains { code in designationTypes.contains { $0.matches(code) } })
            && sourceIds.isEmpty
            && (uniqueIds.isEmpty || uniqueIds.contains(folder.uniqueId))
    }

    /// The Lists of one page (submission sets first, then folders, as the services order
    /// them) and the total of matches.
    public func page(of result: ListSearchResult, context: FHIRServerContext) -> (resources: [FHIRResource], total: Int) {
        guard !matchesNothing else { return ([], 0) }
        let all: [FHIRResource] = result.submissionSets.filter(matches).map { .list(FHIRList($0, context: context)) }
            + result.folders.filter(matches).map { .list(FHIRList($0, context: context)) }
        let start = min(paging.offset, all.count)
        let end = min(start + paging.count, all.count)
        return (Array(all[start..<end]), all.count)
    }
}
