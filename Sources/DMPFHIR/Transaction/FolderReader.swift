import DMPDomain
import DMPServices

/// A Folder List of a transaction → FolderSubmission.
enum FolderReader {
    /// The folder; members are DocumentReferences of the transaction (by fullUrl) or
    /// documents already in the record named by a logical reference to their uniqueId.
    static func folder(_ list: FHIRList, at path: FHIRPath, documents: [ProvidedDocument]) throws(FHIRError) -> FolderSubmission {
        guard let uniqueId = try ListReader.uniqueId(list, at: path) else {
            throw .missing(path("identifier"), "A Folder needs its uniqueId (List.identifier with use usual).")
        }
        guard let title = list.title, !title.isEmpty else { throw .missing(path("title")) }
        var codes: [Coding] = []
        for (index, item) in (list.extension ?? []).enumerated() where item.url == MHD.designationTypeExtension {
            guard let concept = item.valueCodeableConcept else { throw .missing(path("extension")[index]("valueCodeableConcept")) }
            codes.append(try CodingMapping.xds(concept, at: path("extension")[index]("valueCodeableConcept")))
        }
        guard !codes.isEmpty else {
            throw .missing(path.extension(MHD.designationTypeExtension), "A Folder needs at least one code (ihe-designationType).")
        }
        var members: [String] = []
        for (index, entry) in (list.entry ?? []).enumerated() {
            let itemPath = path("entry")[index]("item")
            if let reference = entry.item?.reference {
                guard let document = documents.first(where: { $0.fullUrl == reference }) else {
                    throw .invalid("A Folder entry must name a DocumentReference of this transaction by its fullUrl.", at: itemPath("reference"))
                }
                members.append(document.input.metadata.uniqueId)
            } else if let identifier = entry.item?.identifier {
                members.append(try IdentifierMapping.uniqueId(from: identifier, at: itemPath("identifier")))
            } else {
                throw .missing(itemPath)
            }
        }
        return FolderSubmission(
            uniqueId: uniqueId, title: title, comments: ListReader.comments(list), codes: codes, documentUniqueIds: members)
    }
}
