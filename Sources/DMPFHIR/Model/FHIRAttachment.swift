/// FHIR `Attachment`: the description of a document's bytes.
public struct FHIRAttachment: Codable, Hashable, Sendable {
    /// MIME type.
    public var contentType: String?
    /// Language (`fr-FR`).
    public var language: String?
    /// The bytes in base64 (ITI-105 inline content).
    public var data: String?
    /// Where the bytes are (`urn:uuid:` of a Binary in a transaction, absolute URL when read).
    public var url: String?
    /// Number of bytes. FHIR `unsignedInt`.
    public var size: Int?
    /// SHA-1 of the bytes in base64 (FHIR `base64Binary`).
    public var hash: String?
    /// Title.
    public var title: String?
    /// Creation of the document, FHIR dateTime.
    public var creation: String?

    /// Creates an attachment.
    public init(
        contentType: String? = nil, language: String? = nil, data: String? = nil, url: String? = nil,
        size: Int? = nil, hash: String? = nil, title: String? = nil, creation: String? = nil
    ) {
        self.contentType = contentType
        self.language = language
        self.data = data
        self.url = url
        self.size = size
        self.hash = hash
        self.title = title
        self.creation = creation
    }
}
