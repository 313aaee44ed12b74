import DMPDomain
import Foundation

/// The SubmissionSet List of an ITI-65 transaction, in XDS terms.
public struct SubmissionSetInput: Sendable {
    /// uniqueId (`List.identifier` use `usual`); nil when the producer sent none, as the
    /// PDSM4DMP examples do: ``ProvideDocumentBundle/submission(patient:mintedUniqueId:)``
    /// then mints one.
    public var uniqueId: String?
    /// sourceId (`ihe-sourceId`), `urn:oid:` removed.
    public var sourceId: String
    /// Title.
    public var title: String?
    /// Comments (`note`).
    public var comments: String?
    /// contentTypeCode (`ihe-designationType`).
    public var contentTypeCode: Coding
    /// Author (`source`, with `ihe-authorOrg`).
    public var authors: [Author]
    /// `List.date` as the producer wrote it (the registry sets submissionTime itself).
    public var declaredDate: Date?
    /// The patient (`subject`).
    public var patient: PatientReference
    /// `entry.item` references, as written, one per entry (empty when an entry has none).
    public var memberReferences: [String]

    /// Reads a SubmissionSet List located at `path`.
    static func read(_ list: FHIRList, at path: FHIRPath, log: IssueLog) -> SubmissionSetInput? {
        let contained = ContainedResources(list.contained, ownerPath: path)
        let extensions = list.extension ?? []
        let patient = log.attempt { () throws(FHIRError) in try PatientReferenceParser.parse(list.subject, at: path("subject")) }
        let uniqueId = log.attempt { () throws(FHIRError) in try ListReader.uniqueId(list, at: path) }
        let sourceId = log.attempt { () throws(FHIRError) -> String in
            let sourcePath = path.extension(MHD.sourceIdExtension)
            guard let identifier = extensions.with(url: MHD.sourceIdExtension).first?.valueIdentifier else {
                throw .missing(sourcePath, "The SubmissionSet needs an ihe-sourceId extension (OID of the sending system).")
            }
            return try IdentifierMapping.uniqueId(from: FHIRIdentifier(value: identifier.value), at: sourcePath("valueIdentifier"))
        }
        let contentType = log.attempt { () throws(FHIRError) -> Coding in
            let typePath = path.extension(MHD.designationTypeExtension)
            guard let concept = extensions.with(url: MHD.designationTypeExtension).first?.valueCodeableConcept else {
                throw .missing(typePath, "The SubmissionSet needs an ihe-designationType extension (contentTypeCode).")
            }
            return try CodingMapping.xds(concept, at: typePath("valueCodeableConcept"))
        }
        let authors = log.attempt { () throws(FHIRError) in try ListReader.authors(list, contained: contained, at: path) }
        let date = log.attempt { () throws(FHIRError) in
            try list.date.map { text throws(FHIRError) in try DocumentReferenceReader.date(text, at: path("date")) }
        }
        guard let patient, let uniqueId, let sourceId, let contentType, let authors, let date else { return nil }
        return SubmissionSetInput(
            uniqueId: uniqueId, sourceId: sourceId, title: list.title, comments: ListReader.comments(list),
            contentTypeCode: contentType, authors: authors, declaredDate: date, patient: patient,
            memberReferences: (list.entry ?? []).map { $0.item?.reference ?? "" })
    }
}

/// Elements SubmissionSet and Folder Lists share.
enum ListReader {
    /// `submissionset` or `folder`, from `List.code`.
    static func kind(_ list: FHIRList) -> String? {
        list.code?.coding?.first { $0.system == MHD.listTypes || $0.system == nil }?.code
    }

    /// The uniqueId: the identifier with use `usual` (MHD), else one whose value is an OID URN.
    static func uniqueId(_ list: FHIRList, at path: FHIRPath) throws(FHIRError) -> String? {
        let identifiers = list.identifier ?? []
        let index = identifiers.firstIndex { $0.use == "usual" }
            ?? identifiers.firstIndex { ($0.value ?? "").hasPrefix(CodingMapping.oidPrefix) }
        guard let index else { return nil }
        return try IdentifierMapping.uniqueId(from: identifiers[index], at: path("identifier")[index])
    }

    /// Comments: the texts of `note`, joined.
    static func comments(_ list: FHIRList) -> String? {
        let texts = (list.note ?? []).compactMap(\.text).filter { !$0.isEmpty }
        return texts.isEmpty ? nil : texts.joined(separator: "\n")
    }

    /// The author: `source` (PractitionerRole, Device, Patient…), completed by the
    /// `ihe-authorOrg` extension as institution.
    static func authors(_ list: FHIRList, contained: ContainedResources, at path: FHIRPath) throws(FHIRError) -> [Author] {
        guard let source = list.source else {
            throw .missing(path("source"), "The SubmissionSet needs its author in List.source.")
        }
        var author: Author?
        if source.reference != nil || source.identifier != nil {
            author = try AuthorReader.author(source, contained: contained, at: path("source"))
        }
        let orgs = (source.extension ?? []).with(url: MHD.authorOrgExtension)
        if let organization = orgs.first?.valueReference {
            let orgAuthor = try AuthorReader.author(
                organization, contained: contained, at: path("source").extension(MHD.authorOrgExtension)("valueReference"))
            if author == nil {
                author = orgAuthor
            } else if author?.institution == nil {
                author?.institution = orgAuthor.institution
            }
        }
        guard let author else { throw .missing(path("source")("reference")) }
        return [author]
    }
}
