/// FHIR R4 `Bundle`: transactions (ITI-65), their responses and search results.
public struct FHIRBundle: Codable, Hashable, Sendable, FHIRResourceContent {
    /// `Bundle`.
    public static let resourceType = "Bundle"

    /// Logical id.
    public var id: String?
    /// Meta.
    public var meta: FHIRMeta?
    /// `transaction`, `transaction-response`, `searchset`…
    public var type: String?
    /// Number of matches of a search (all pages).
    public var total: Int?
    /// `self`, `next`… links.
    public var link: [Link]?
    /// The entries.
    public var entry: [Entry]?

    /// Creates a Bundle.
    public init(id: String? = nil, meta: FHIRMeta? = nil, type: String? = nil, total: Int? = nil, link: [Link]? = nil, entry: [Entry]? = nil) {
        self.id = id
        self.meta = meta
        self.type = type
        self.total = total
        self.link = link
        self.entry = entry
    }

    /// `Bundle.link`.
    public struct Link: Codable, Hashable, Sendable {
        /// `self`, `next`, `previous`…
        public var relation: String
        /// Absolute URL.
        public var url: String

        /// Creates a link.
        public init(relation: String, url: String) {
            self.relation = relation
            self.url = url
        }
    }

    /// `Bundle.entry`.
    public struct Entry: Codable, Hashable, Sendable {
        /// Absolute URL of the resource, or `urn:uuid:` inside a transaction.
        public var fullUrl: String?
        /// The resource.
        public var resource: FHIRResource?
        /// Search information.
        public var search: Search?
        /// Transaction request.
        public var request: Request?
        /// Transaction response.
        public var response: Response?

        /// Creates an entry.
        public init(
            fullUrl: String? = nil, resource: FHIRResource? = nil, search: Search? = nil, request: Request? = nil,
            response: Response? = nil
        ) {
            self.fullUrl = fullUrl
            self.resource = resource
            self.search = search
            self.request = request
            self.response = response
        }
    }

    /// `Bundle.entry.search`.
    public struct Search: Codable, Hashable, Sendable {
        /// `match`, `include`, `outcome`.
        public var mode: String?

        /// Creates search information.
        public init(mode: String? = nil) { self.mode = mode }
    }

    /// `Bundle.entry.request`.
    public struct Request: Codable, Hashable, Sendable {
        /// `POST`, `PUT`, `PATCH`…
        public var method: String?
        /// Relative URL (`DocumentReference`, `DocumentReference/123`).
        public var url: String?
        /// Conditional create.
        public var ifNoneExist: String?
        /// Version check.
        public var ifMatch: String?

        /// Creates a request.
        public init(method: String? = nil, url: String? = nil, ifNoneExist: String? = nil, ifMatch: String? = nil) {
            self.method = method
            self.url = url
            self.ifNoneExist = ifNoneExist
            self.ifMatch = ifMatch
        }
    }

    /// `Bundle.entry.response`.
    public struct Response: Codable, Hashable, Sendable {
        /// Status line (`201 Created`).
        public var status: String
        /// Where the created or updated resource is.
        public var location: String?
        /// Version tag.
        public var etag: String?
        /// FHIR instant of the change.
        public var lastModified: String?
        /// Warnings or errors for this entry.
        public var outcome: FHIRResource?

        /// Creates a response.
        public init(status: String, location: String? = nil, etag: String? = nil, lastModified: String? = nil, outcome: FHIRResource? = nil) {
            self.status = status
            self.location = location
            self.etag = etag
            self.lastModified = lastModified
            self.outcome = outcome
        }
    }
}
