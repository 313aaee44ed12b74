/// A person's name (`PN`) as structured in the document: the first `name` element of the person.
public struct CDAPerson: Sendable, Hashable, Codable {
    /// The `family` parts, in document order, each with its qualifier.
    public let family: [CDANamePart]
    /// The `given` parts, in document order, each with its qualifier.
    public let given: [CDANamePart]
    /// The first `prefix` (e.g. `M`, `MME`, `Dr`), when present.
    public let prefix: String?
    /// The first `suffix` (e.g. `DR`, `PR`, `jr`), when present.
    public let suffix: String?

    /// Creates a person name.
    public init(family: [CDANamePart], given: [CDANamePart], prefix: String? = nil, suffix: String? = nil) {
        self.family = family
        self.given = given
        self.prefix = prefix
        self.suffix = suffix
    }
}
