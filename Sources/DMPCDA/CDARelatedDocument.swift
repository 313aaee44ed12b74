/// A `relatedDocument`: the link from this document to a parent it replaces (`RPLC`),
/// appends to (`APND`) or transforms (`XFRM`).
public struct CDARelatedDocument: Sendable, Hashable, Codable {
    /// The `typeCode` attribute (`RPLC`, `APND` or `XFRM`).
    public let typeCode: String
    /// `parentDocument/id` elements that carry a `root`, in document order.
    public let parentIds: [CDAInstanceIdentifier]
    /// `parentDocument/setId`, when present.
    public let parentSetId: CDAInstanceIdentifier?
    /// `parentDocument/versionNumber/@value`, when present.
    public let parentVersion: Int?

    /// Creates a related-document link.
    public init(typeCode: String, parentIds: [CDAInstanceIdentifier], parentSetId: CDAInstanceIdentifier? = nil, parentVersion: Int? = nil) {
        self.typeCode = typeCode
        self.parentIds = parentIds
        self.parentSetId = parentSetId
        self.parentVersion = parentVersion
    }
}
