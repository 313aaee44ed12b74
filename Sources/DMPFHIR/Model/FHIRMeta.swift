/// FHIR `Meta`.
public struct FHIRMeta: Codable, Hashable, Sendable {
    /// Version of the resource (our metadata version).
    public var versionId: String?
    /// FHIR instant of the last change.
    public var lastUpdated: String?
    /// Where the resource comes from.
    public var source: String?
    /// Profiles claimed.
    public var profile: [String]?

    /// Creates a meta.
    public init(versionId: String? = nil, lastUpdated: String? = nil, source: String? = nil, profile: [String]? = nil) {
        self.versionId = versionId
        self.lastUpdated = lastUpdated
        self.source = source
        self.profile = profile
    }
}

/// FHIR `Annotation`, used by `List.note` for XDS comments.
public struct FHIRAnnotation: Codable, Hashable, Sendable {
    /// The text (required by FHIR, but published examples carry empty notes: optional here).
    public var text: String?

    /// Creates a note.
    public init(text: String? = nil) { self.text = text }
}
