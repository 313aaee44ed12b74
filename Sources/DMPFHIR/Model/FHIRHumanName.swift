/// FHIR `HumanName`.
public struct FHIRHumanName: Codable, Hashable, Sendable {
    /// Extensions (fr-core `birth-list-given-name`).
    public var `extension`: [FHIRExtension]?
    /// `official` (birth name), `usual` (used name)…
    public var use: String?
    /// Full text.
    public var text: String?
    /// Family name.
    public var family: String?
    /// Given names, in order.
    public var given: [String]?
    /// Prefixes (`DR`, `MME`).
    public var prefix: [String]?
    /// Suffixes.
    public var suffix: [String]?

    /// Creates a name.
    public init(
        extension: [FHIRExtension]? = nil, use: String? = nil, text: String? = nil, family: String? = nil,
        given: [String]? = nil, prefix: [String]? = nil, suffix: [String]? = nil
    ) {
        self.extension = `extension`
        self.use = use
        self.text = text
        self.family = family
        self.given = given
        self.prefix = prefix
        self.suffix = suffix
    }
}
