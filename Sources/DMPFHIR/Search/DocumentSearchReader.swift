import DMPDomain

/// Accumulates ITI-67 parameters (repetitions AND-ed, commas OR-ed).
struct DocumentSearchReader {
    private var patient = PatientSearchReader()
    private var statuses: Set<AvailabilityStatus>?
    private var archived: Bool?
    private var query = DocumentQuery(patientKey: PatientKey(rawValue: ""), statuses: [])
    private var codeFilters: [String: [CodeFilter]] = [:]
    private var disjoint = false
    private var paging = SearchPaging()
    private var seen: Set<String> = []

    /// Single-valued coded elements: repetitions intersect.
    private static let singleValued = ["category", "type", "format", "setting", "facility"]
    /// Multi-valued coded elements: a repetition would mean "has all of", which the
    /// registry query cannot express.
    private static let multiValued = ["event", "security-label"]

    /// Adds one parameter.
    mutating func read(_ parameter: SearchParameter) throws(FHIRError) {
        let name = parameter.name
        if name.contains(":") {
            throw .unknownSearchParameter(name, "\(name): search modifiers are not supported.")
        }
        let values = SearchValueSyntax.alternatives(parameter.value)
        guard !parameter.value.isEmpty else {
            throw .searchParameter(name, "\(name) has an empty value.")
        }
        switch name {
        case "patient", "patient.identifier":
            try patient.read(parameter)
        case "status":
            try readStatus(values)
        case "isArchived":
            try once(name)
            archived = try SearchValueParsers.boolean(parameter.value, parameter: name)
        case _ where Self.singleValued.contains(name) || Self.multiValued.contains(name):
            try readCodes(name, values)
        case "date", "creation":
            query.creationTime = try dateRange(name, values, query.creationTime)
        case "period-start":
            query.serviceStartTime = try dateRange(name, values, query.serviceStartTime)
        case "period-end":
            query.serviceStopTime = try dateRange(name, values, query.serviceStopTime)
        case "author.given", "author.family":
            try once(name)
            guard values.count == 1 else { throw .unknownSearchParameter(name, "\(name): several names (OR) are not supported.") }
            if name == "author.given" { query.authorGiven = values[0] } else { query.authorFamily = values[0] }
        case "author.identifier":
            try once(name)
            guard values.count == 1 else { throw .unknownSearchParameter(name, "\(name): several identifiers (OR) are not supported.") }
            query.authorId = SearchValueSyntax.token(values[0]).code
        case "related":
            try once(name)
            query.referenceIds = values.map { SearchValueSyntax.token($0).code }
        case "identifier":
            try readIdentifiers(values)
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

    private mutating func once(_ name: String) throws(FHIRError) {
        guard seen.insert(name).inserted else {
            throw .unknownSearchParameter(name, "\(name) repeated (AND) is not supported.")
        }
    }

    /// `current` = approved and archived, `superseded` = deprecated, `entered-in-error` =
    /// deleted, which is never shown (so it matches nothing).
    private mutating func readStatus(_ values: [String]) throws(FHIRError) {
        var wanted: Set<AvailabilityStatus> = []
        for value in values {
            switch SearchValueSyntax.token(value).code {
            case "current": wanted.formUnion([.approved, .archived])
            case "superseded": wanted.insert(.deprecated)
            case "entered-in-error": break
            default: throw .searchParameter("status", "status must be current, superseded or entered-in-error.")
            }
        }
        statuses = statuses.map { $0.intersection(wanted) } ?? wanted
    }

    private mutating func readCodes(_ name: String, _ values: [String]) throws(FHIRError) {
        var filters: [CodeFilter] = []
        for value in values { filters.append(try SearchValueParsers.codeFilter(value, parameter: name)) }
        if let existing = codeFilters[name] {
            guard Self.singleValued.contains(name) else {
                throw .unknownSearchParameter(name, "\(name) repeated (AND) is not supported: a document would need every code.")
            }
            filters = SearchValueParsers.intersect(existing, filters)
            if filters.isEmpty { disjoint = true }
        }
        codeFilters[name] = filters
    }

    private func dateRange(_ name: String, _ values: [String], _ current: DateRange) throws(FHIRError) -> DateRange {
        guard values.count == 1 else {
            throw .unknownSearchParameter(name, "\(name): several dates (OR) are not supported; repeat the parameter for a range.")
        }
        return SearchValueParsers.intersect(current, try SearchValueParsers.dateRange(values[0], parameter: name))
    }

    /// `urn:oid:` (or `root^extension`) → uniqueId; `urn:uuid:` → logicalId (PDSM4DMP annex:
    /// `DocumentReference.identifier` carries the logicalId).
    private mutating func readIdentifiers(_ values: [String]) throws(FHIRError) {
        try once("identifier")
        for value in values {
            let urn = SearchValueSyntax.token(value).code
            if urn.lowercased().hasPrefix(IdentifierMapping.uuidPrefix) {
                query.logicalIds.append(LogicalID(rawValue: IdentifierMapping.strippingURNScheme(urn)))
            } else {
                query.uniqueIds.append(IdentifierMapping.strippingURNScheme(urn))
            }
        }
        if !query.logicalIds.isEmpty && !query.uniqueIds.isEmpty {
            throw .unknownSearchParameter("identifier", "identifier: mixing uniqueIds (urn:oid:) and logicalIds (urn:uuid:) is not supported.")
        }
    }

    /// The search, once every parameter is read.
    func result() throws(FHIRError) -> DocumentReferenceSearch {
        let patientReference = try patient.result()
        guard var statuses else {
            throw .searchParameter("status", "status is required (ITI-67): current, superseded or entered-in-error.")
        }
        if let archived {
            statuses = statuses.intersection(archived ? [.archived] : [.approved, .deprecated])
        }
        var query = self.query
        query.statuses = AvailabilityStatus.all.filter(statuses.contains)
        query.classCodes = codeFilters["category"] ?? []
        query.typeCodes = codeFilters["type"] ?? []
        query.formatCodes = codeFilters["format"] ?? []
        query.practiceSettingCodes = codeFilters["setting"] ?? []
        query.facilityTypeCodes = codeFilters["facility"] ?? []
        query.eventCodes = codeFilters["event"] ?? []
        query.confidentialityCodes = codeFilters["security-label"] ?? []
        return DocumentReferenceSearch(
            patient: patientReference, query: query, matchesNothing: disjoint || query.statuses.isEmpty, paging: paging)
    }
}

/// `patient` (`Patient/<id>` or `<id>`) and `patient.identifier` (`urn:oid:<oid>|<INS>`):
/// one patient per search, since every query is scoped to one record.
struct PatientSearchReader {
    private var found: PatientReference?
    private var foundName: String?

    /// Adds a `patient` or `patient.identifier` parameter.
    mutating func read(_ parameter: SearchParameter) throws(FHIRError) {
        let values = SearchValueSyntax.alternatives(parameter.value)
        guard values.count == 1 else {
            throw .searchParameter(parameter.name, "\(parameter.name): one patient per search.")
        }
        let reference: PatientReference
        if parameter.name == "patient.identifier" {
            reference = .ins(try PatientReferenceParser.ins(token: values[0], at: FHIRPath(parameter.name)))
        } else {
            let literal = values[0].contains("/") ? values[0] : "Patient/\(values[0])"
            reference = try PatientReferenceParser.parse(literal: literal, at: FHIRPath(parameter.name))
        }
        if let found, !found.sameTarget(as: reference) || (foundName == parameter.name && found != reference) {
            throw FHIRError(
                status: 400, issueType: .invalid, condition: .patientMismatch,
                diagnostics: "patient and patient.identifier name different patients.", expression: parameter.name)
        }
        if found == nil || parameter.name == "patient.identifier" {
            found = reference
            foundName = parameter.name
        }
    }

    /// The patient, required.
    func result() throws(FHIRError) -> PatientReference {
        guard let found else {
            throw .searchParameter("patient", "patient or patient.identifier is required: every search is about one patient.")
        }
        return found
    }
}
