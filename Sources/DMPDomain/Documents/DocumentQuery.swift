import Foundation

/// A filter on a coded metadata element: `code` alone, or `system|code`.
public struct CodeFilter: Hashable, Sendable, Codable {
    /// Coding scheme OID, or nil to match the code in any system.
    public var system: String?
    /// The code.
    public var code: String
    /// Creates a filter.
    public init(system: String?, code: String) {
        self.system = system
        self.code = code
    }
    /// A filter matching exactly this coding's system and code.
    public init(_ coding: Coding) { self.init(system: coding.system, code: coding.code) }

    /// Whether `coding` passes the filter.
    public func matches(_ coding: Coding) -> Bool {
        coding.code == code && (system == nil || system == coding.system)
    }
}

/// A closed interval of instants; either end may be open.
public struct DateRange: Hashable, Sendable, Codable {
    /// Inclusive lower bound.
    public var from: Date?
    /// Inclusive upper bound.
    public var to: Date?
    /// Creates a range.
    public init(from: Date? = nil, to: Date? = nil) {
        self.from = from
        self.to = to
    }
    /// No bound at all.
    public static let unbounded = DateRange()
    /// Whether neither end is set.
    public var isUnbounded: Bool { from == nil && to == nil }
}

/// A search of one record's registry (ITI-18 FindDocuments / ITI-67). Lists are OR-ed within
/// themselves and AND-ed together. Only current metadata versions are searched.
public struct DocumentQuery: Hashable, Sendable, Codable {
    /// The record searched (every query is scoped to one patient).
    public var patientKey: PatientKey
    /// Statuses wanted (at least one).
    public var statuses: [AvailabilityStatus]
    /// classCode filters.
    public var classCodes: [CodeFilter] = []
    /// typeCode filters.
    public var typeCodes: [CodeFilter] = []
    /// formatCode filters.
    public var formatCodes: [CodeFilter] = []
    /// healthcareFacilityTypeCode filters.
    public var facilityTypeCodes: [CodeFilter] = []
    /// practiceSettingCode filters.
    public var practiceSettingCodes: [CodeFilter] = []
    /// eventCodeList filters (a document matches if any of its event codes matches).
    public var eventCodes: [CodeFilter] = []
    /// confidentialityCode filters (a document matches if any of its codes matches).
    public var confidentialityCodes: [CodeFilter] = []
    /// creationTime range.
    public var creationTime: DateRange = .unbounded
    /// serviceStartTime range.
    public var serviceStartTime: DateRange = .unbounded
    /// serviceStopTime range.
    public var serviceStopTime: DateRange = .unbounded
    /// Author person id (IDNPS), exact.
    public var authorId: String?
    /// Author family name, case-insensitive prefix.
    public var authorFamily: String?
    /// Author given name, case-insensitive prefix.
    public var authorGiven: String?
    /// Producer uniqueIds wanted.
    public var uniqueIds: [String] = []
    /// logicalIds wanted.
    public var logicalIds: [LogicalID] = []
    /// referenceIdList values wanted.
    public var referenceIds: [String] = []
    /// What the acting person may not see, set by the services from the access policy
    /// (never by adapters), so that totals and paging never count hidden documents.
    public var visibility: VisibilityRestriction = .none
    /// Page size; nil for all.
    public var limit: Int?
    /// Entries to skip.
    public var offset: Int = 0

    /// Creates a query of `patientKey` for `statuses`.
    public init(patientKey: PatientKey, statuses: [AvailabilityStatus]) {
        self.patientKey = patientKey
        self.statuses = statuses
    }
}

/// Documents the acting person may not see, expressed so a store can filter them in SQL.
public struct VisibilityRestriction: Hashable, Sendable, Codable {
    /// Documents carrying any of these confidentiality codes are hidden...
    public var hiddenConfidentialityCodes: [Coding]
    /// ...unless one of their authors has this id (authors always see their documents).
    public var exceptAuthoredBy: String?
    /// When set, only these typeCodes may be seen (habilitation matrix), again except the
    /// actor's own documents.
    public var allowedTypeCodes: [CodeFilter]?
    /// When true nothing is visible (a blocked professional, a record not accessible).
    public var hidesEverything: Bool

    /// Creates a restriction.
    public init(
        hiddenConfidentialityCodes: [Coding] = [], exceptAuthoredBy: String? = nil,
        allowedTypeCodes: [CodeFilter]? = nil, hidesEverything: Bool = false
    ) {
        self.hiddenConfidentialityCodes = hiddenConfidentialityCodes
        self.exceptAuthoredBy = exceptAuthoredBy
        self.allowedTypeCodes = allowedTypeCodes
        self.hidesEverything = hidesEverything
    }

    /// Nothing hidden.
    public static let none = VisibilityRestriction()

    /// Whether a document with `metadata` passes this restriction (the in-memory twin of
    /// the SQL filter, used for single reads).
    public func allows(_ metadata: DocumentMetadata) -> Bool {
        if hidesEverything { return false }
        if let author = exceptAuthoredBy,
           metadata.authors.contains(where: { $0.person?.id == author }) {
            return true
        }
        if metadata.confidentialityCodes.contains(where: { code in
            hiddenConfidentialityCodes.contains { $0.sameConcept(as: code) }
        }) {
            return false
        }
        if let allowed = allowedTypeCodes, !allowed.contains(where: { $0.matches(metadata.typeCode) }) {
            return false
        }
        return true
    }
}
