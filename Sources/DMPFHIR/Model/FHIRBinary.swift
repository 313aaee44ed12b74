/// FHIR R4 `Binary`: a document's bytes inside a transaction.
public struct FHIRBinary: Codable, Hashable, Sendable, FHIRResourceContent {
    /// `Binary`.
    public static let resourceType = "Binary"

    /// Logical id.
    public var id: String?
    /// Meta.
    public var meta: FHIRMeta?
    /// MIME type of the bytes.
    public var contentType: String?
    /// The bytes in base64.
    public var data: String?

    /// Creates a Binary.
    public init(id: String? = nil, meta: FHIRMeta? = nil, contentType: String? = nil, data: String? = nil) {
        self.id = id
        self.meta = meta
        self.contentType = contentType
        self.data = data
    }
}
