import DMPDomain

/// An ITI-66 Find Document Lists search (PDSm flux 05a). The registry has no list query
/// type yet, so this is the criteria themselves; the same rule holds as for ITI-67: every
/// parameter is understood or refused. Supported: `patient` / `patient.identifier`
/// (required), `code` (required: `submissionset`, `folder`), `status` (required),
/// `isArchived`, `date`, `identifier`, `designationType`, `sourceId`, `_count`, `_offset`,
/// `_format`.
public struct ListSearch: Sendable, Hashable {
    /// Kinds of List.
    public enum Kind: String, Sendable, Hashable, CaseIterable {
        /// SubmissionSets.
        case submissionSet = "submissionset"
        /// Folders.
        case folder
    }

    /// The patient searched.
    public var patient: PatientReference
    /// Kinds wanted (`code`).
    public var kinds: Set<Kind>
    /// Statuses wanted: `current` → approved (+ archived unless `isArchived=false`),
    /// `retired` → deprecated (a folder's older versions).
    public var statuses: [AvailabilityStatus]
    /// `date`: submissionTime of a SubmissionSet, lastUpdateTime of a Folder.
    public var date: DateRange
    /// uniqueIds wanted (`identifier=urn:oid:…`).
    public var uniqueIds: [String]
    /// entryUUIDs wanted (`identifier=urn:uuid:…`, the `official` identifier).
    public var entryUUIDs: [EntryUUID]
    /// contentTypeCode / folder codes (`designationType`).
    public var designationTypes: [CodeFilter]
    /// sourceIds (`sourceId`), `urn:oid:` removed.
    public var sourceIds: [String]
    /// True when the criteria cannot match anything.
    public var matchesNothing: Bool
    /// Paging.
    public var paging: SearchPaging

    /// Reads the parameters.
    public init(parameters: [SearchParameter]) throws(FHIRError) {
        var patient = PatientSearchReader()
        var kinds: Set<Kind>?
        var statuses: Set<AvailabilityStatus>?
        var archived: Bool?
        var date = DateRange.unbounded
        var seen: Set<String> = []
        var paging = SearchPaging()
        uniqueIds = []
        entryUUIDs = []
        designationTypes = []
        sourceIds = []
        for parameter in parameters {
            let name = parameter.name
            let values = SearchValueSyntax.alternatives(parameter.value)
            if name.contains(":") { throw .unknownSearchParameter(name, "\(name): search modifiers are not supported.") }
            guard !parameter.value.isEmpty else { throw .searchParameter(name, "\(name) has an empty value.") }
            if !["patient", "patient.identifier", "_count", "_offset", "date", "status"].contains(name) {
                guard seen.insert(name).inserted else {
                    throw .unknownSearchParameter(name, "\(name) repeated (AND) is not supported.")
                }
            }
            switch name {
            case "patient", "patient.identifier":
                try patient.read(parameter)
            case "code":
                kinds = try Self.kinds(values)
            case "status":
                let wanted = try Self.statuses(values)
                statuses = statuses.map { $0.intersection(wanted) } ?? wanted
            case "isArchived":
                archived = try SearchValueParsers.boolean(parameter.value, parameter: name)
            case "date":
                guard values.count == 1 else {
                    throw .unknownSearchParameter(name, "date: several dates (OR) are not supported; repeat the parameter for a range.")
                }
                date = SearchValueParsers.intersect(date, try SearchValueParsers.dateRange(values[0], parameter: name))
            case "identifier":
                for value in values {
                    let urn = SearchValueSyntax.token(value).code
                    if urn.lowercased().hasPrefix(IdentifierMapping.uuidPrefix) {
                        entryUUIDs.append(EntryUUID(rawValue: IdentifierMapping.strippingURNScheme(urn)))
                    } else {
                        uniqueIds.append(IdentifierMapping.strippingURNScheme(urn))
                    }
                }
            case "designationType":
                for value in values { designationTypes.append(try SearchValueParsers.codeFilter(value, parameter: name)) }
            case "sourceId":
                sourceIds = values.map { IdentifierMapping.strippingURNScheme(SearchValueSyntax.token($0).code) }
            case "_count", "_offset":
                try SearchPaging.read(parameter, into: &paging, seen: &seen)
            case "_format":
                guard ["json", "application/json", "application/fhir+json"].contains(parameter.value) else {
                    throw .unknownSearchParameter(name, "_format: only JSON is served.")
                }
            default:
                throw .unknownSearchParameter(name)
            }
        }
        self.patient = try patient.result()
        guard let kinds else {
            throw .searchParameter("code", "code is required (ITI-66): \(MHD.listTypes)|submissionset or |folder.")
        }
        guard var statuses else { throw .searchParameter("status", "status is required (ITI-66): current or retired.") }
        if let archived { statuses = statuses.intersection(archived ? [.archived] : [.approved, .deprecated]) }
        self.kinds = kinds
        self.statuses = AvailabilityStatus.all.filter(statuses.contains)
        self.date = date
        self.paging = paging
        matchesNothing = self.statuses.isEmpty
    }

    private static func kinds(_ values: [String]) throws(FHIRError) -> Set<Kind> {
        var kinds: Set<Kind> = []
        for value in values {
            let token = SearchValueSyntax.token(value)
            guard token.system == nil || token.system == MHD.listTypes || token.system == "",
                  let kind = Kind(rawValue: token.code)
            else {
                throw .searchParameter("code", "code must be \(MHD.listTypes)|submissionset or |folder.")
            }
            kinds.insert(kind)
        }
        return kinds
    }

    private static func statuses(_ values: [String]) throws(FHIRError) -> Set<AvailabilityStatus> {
        var wanted: Set<AvailabilityStatus> = []
        for value in values {
            switch SearchValueSyntax.token(value).code {
            case "current": wanted.formUnion([.approved, .archived])
            case "retired": wanted.insert(.deprecated)
            case "entered-in-error": break
            default: throw .searchParameter("status", "status must be current, retired or entered-in-error.")
            }
        }
        return wanted
    }
}
