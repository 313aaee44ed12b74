import DMPDomain
import SQLKit

/// Builds the WHERE clause of a document search. Every value is bound, never spliced; the
/// table is aliased `d`. The access policy's restriction is part of the clause, so counts
/// and pages never include what the actor may not see.
enum DocumentSearchSQL {
    static func whereClause(_ query: DocumentQuery) -> SQLQueryString {
        var parts: [SQLQueryString] = [
            "d.patient_key = \(bind: query.patientKey.rawValue)",
            "d.is_current = 1",
            "d.status IN (\(binds: query.statuses.map(\.name)))",
        ]
        if query.statuses.isEmpty { parts.append("1 = 0") }
        parts += [
            codeColumns("d.class_system", "d.class_code", query.classCodes),
            codeColumns("d.type_system", "d.type_code", query.typeCodes),
            codeColumns("d.format_system", "d.format_code", query.formatCodes),
            codeColumns("d.facility_system", "d.facility_code", query.facilityTypeCodes),
            codeColumns("d.practice_system", "d.practice_code", query.practiceSettingCodes),
        ].compactMap { $0 }
        parts += range("d.creation_time", query.creationTime)
        parts += range("d.service_start", query.serviceStartTime)
        parts += range("d.service_stop", query.serviceStopTime)
        if !query.uniqueIds.isEmpty { parts.append("d.unique_id IN (\(binds: query.uniqueIds))") }
        if !query.logicalIds.isEmpty { parts.append("d.logical_id IN (\(binds: query.logicalIds.map(\.rawValue)))") }
        if let clause = sideCodes(DocumentCodeRows.event, query.eventCodes) { parts.append(clause) }
        if let clause = sideCodes(DocumentCodeRows.confidentiality, query.confidentialityCodes) { parts.append(clause) }
        if !query.referenceIds.isEmpty {
            parts.append(exists(DocumentCodeRows.referenceId, "c.code IN (\(binds: query.referenceIds))"))
        }
        if let id = query.authorId { parts.append(exists(DocumentCodeRows.authorId, "c.code = \(bind: id)")) }
        if let family = query.authorFamily { parts.append(exists(DocumentCodeRows.authorFamily, prefix(family))) }
        if let given = query.authorGiven { parts.append(exists(DocumentCodeRows.authorGiven, prefix(given))) }
        if let clause = visibility(query.visibility) { parts.append(clause) }
        return parts.map { "(" + $0 + ")" }.joined(separator: " AND ")
    }

    private static func codeColumns(_ systemColumn: String, _ codeColumn: String, _ filters: [CodeFilter]) -> SQLQueryString? {
        guard !filters.isEmpty else { return nil }
        return filters.map { filter -> SQLQueryString in
            if let system = filter.system {
                return "(\(unsafeRaw: codeColumn) = \(bind: filter.code) AND \(unsafeRaw: systemColumn) = \(bind: system))"
            }
            return "\(unsafeRaw: codeColumn) = \(bind: filter.code)"
        }.joined(separator: " OR ")
    }

    private static func sideCodes(_ kind: String, _ filters: [CodeFilter]) -> SQLQueryString? {
        guard let match = codeColumns("c.system", "c.code", filters) else { return nil }
        return exists(kind, match)
    }

    private static func exists(_ kind: String, _ condition: SQLQueryString) -> SQLQueryString {
        "EXISTS (SELECT 1 FROM dmp_document_codes c WHERE c.patient_key = d.patient_key AND c.entry_uuid = d.entry_uuid AND c.kind = \(bind: kind) AND (" + condition + "))"
    }

    private static func range(_ column: String, _ range: DateRange) -> [SQLQueryString] {
        var parts: [SQLQueryString] = []
        if let from = range.from { parts.append("\(unsafeRaw: column) >= \(bind: Timestamp.millis(from))") }
        if let to = range.to { parts.append("\(unsafeRaw: column) <= \(bind: Timestamp.millis(to))") }
        return parts
    }

    /// Case-insensitive prefix match on a lower-cased column, with LIKE wildcards escaped.
    private static func prefix(_ value: String) -> SQLQueryString {
        let escaped = value.lowercased()
            .replacingOccurrences(of: "\\", with: "\\\\")
            .replacingOccurrences(of: "%", with: "\\%")
            .replacingOccurrences(of: "_", with: "\\_")
        return "c.code LIKE \(bind: escaped + "%") ESCAPE '\\'"
    }

    private static func visibility(_ restriction: VisibilityRestriction) -> SQLQueryString? {
        var hidden: [SQLQueryString] = []
        if !restriction.hiddenConfidentialityCodes.isEmpty {
            let codes = restriction.hiddenConfidentialityCodes.map(CodeFilter.init)
            if let match = codeColumns("c.system", "c.code", codes) {
                hidden.append("NOT " + exists(DocumentCodeRows.confidentiality, match))
            }
        }
        if let allowed = restriction.allowedTypeCodes {
            hidden.append(codeColumns("d.type_system", "d.type_code", allowed) ?? "1 = 0")
        }
        guard !hidden.isEmpty else { return nil }
        let visible = hidden.map { "(" + $0 + ")" }.joined(separator: " AND ")
        guard let author = restriction.exceptAuthoredBy else { return visible }
        return exists(DocumentCodeRows.authorId, "c.code = \(bind: author)") + " OR (" + visible + ")"
    }
}
