import DMPDomain

/// An ITI-67 Find Document References search (PDSm flux 05b), read into a registry query.
///
/// Every parameter is understood or refused (400): a search that silently dropped a
/// filter would show a professional documents they did not ask for, or hide that the
/// result is not what they think. Supported: `patient` / `patient.identifier` (one
/// required), `status` (required), `isArchived`, tokens `category`, `type`, `format`,
/// `setting`, `facility`, `event`, `security-label`, dates `date` / `creation`
/// (creationTime), `period-start`, `period-end`, `author.given`, `author.family`
/// (prefix), `author.identifier`, `related`, `identifier`, `_count`, `_offset`, `_format`.
public struct DocumentReferenceSearch: Sendable {
    /// The patient searched; the server resolves it to a PatientKey.
    public var patient: PatientReference
    /// The query, with a placeholder patientKey: use ``query(for:)``.
    public var query: DocumentQuery
    /// True when the criteria cannot match anything (`status=entered-in-error`, or
    /// `superseded` with `isArchived=true`, or disjoint repeated codes): answer an empty
    /// searchset without querying.
    public var matchesNothing: Bool
    /// Paging.
    public var paging: SearchPaging

    /// The query for the record the server resolved, with paging applied.
    public func query(for key: PatientKey) -> DocumentQuery {
        var scoped = query
        scoped.patientKey = key
        scoped.limit = paging.count
        scoped.offset = paging.offset
        return scoped
    }

    /// Reads the parameters.
    public init(parameters: [SearchParameter]) throws(FHIRError) {
        var reader = DocumentSearchReader()
        for parameter in parameters { try reader.read(parameter) }
        self = try reader.result()
    }

    /// Memberwise, for the reader.
    init(patient: PatientReference, query: DocumentQuery, matchesNothing: Bool, paging: SearchPaging) {
        self.patient = patient
        self.query = query
        self.matchesNothing = matchesNothing
        self.paging = paging
    }
}
