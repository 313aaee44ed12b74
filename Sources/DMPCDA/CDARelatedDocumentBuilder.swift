/// Collects one `relatedDocument`. Paths are relative to `relatedDocument`.
struct CDARelatedDocumentBuilder {
    private let typeCode: String?
    private var parentIds: [CDAInstanceIdentifier] = []
    private var parentSetId: CDAInstanceIdentifier?
    private var parentVersion: String?

    /// Starts a related document from the attributes of `relatedDocument`.
    init(attributes: [String: String]) {
        typeCode = CDAAttributes.value(attributes, "typeCode")
    }

    /// Handles the start of a descendant.
    mutating func start(_ path: ArraySlice<String>, attributes: [String: String]) {
        switch Array(path) {
        case ["parentDocument", "id"]:
            if let id = CDAAttributes.identifier(attributes) { parentIds.append(id) }
        case ["parentDocument", "setId"]:
            parentSetId = parentSetId ?? CDAAttributes.identifier(attributes)
        case ["parentDocument", "versionNumber"]:
            parentVersion = parentVersion ?? CDAAttributes.value(attributes, "value")
        default:
            break
        }
    }

    /// The related document, once validated.
    func build() throws(CDAError) -> CDARelatedDocument {
        guard let typeCode else { throw .missingElement("relatedDocument/@typeCode") }
        var version: Int?
        if let parentVersion {
            version = try CDAHeaderAccumulator.versionNumber(parentVersion, element: "relatedDocument/parentDocument/versionNumber")
        }
        return CDARelatedDocument(typeCode: typeCode, parentIds: parentIds, parentSetId: parentSetId, parentVersion: version)
    }
}
