import DMPDomain

/// The multi-valued metadata of a document, flattened to `dmp_document_codes` rows.
enum DocumentCodeRows {
    struct Row {
        let kind: String
        let system: String
        let code: String
    }

    static let confidentiality = "confidentiality"
    static let event = "event"
    static let authorId = "author_id"
    static let authorFamily = "author_family"
    static let authorGiven = "author_given"
    static let referenceId = "reference_id"

    /// Names are stored lower-cased so that prefix searches ignore case on both engines.
    static func rows(for metadata: DocumentMetadata) -> [Row] {
        var rows = metadata.confidentialityCodes.map { Row(kind: confidentiality, system: $0.system, code: $0.code) }
        rows += metadata.eventCodes.map { Row(kind: event, system: $0.system, code: $0.code) }
        for author in metadata.authors {
            guard let person = author.person else { continue }
            if let id = person.id { rows.append(Row(kind: authorId, system: person.idSystem ?? "", code: id)) }
            if let family = person.family { rows.append(Row(kind: authorFamily, system: "", code: family.lowercased())) }
            if let given = person.given { rows.append(Row(kind: authorGiven, system: "", code: given.lowercased())) }
        }
        rows += metadata.referenceIds.map { Row(kind: referenceId, system: $0.type, code: $0.value) }
        return rows
    }
}
