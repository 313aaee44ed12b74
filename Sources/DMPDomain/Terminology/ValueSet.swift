/// One value set as loaded from its JSON file: its identity and its concepts.
public struct ValueSet: Sendable {
    /// Which value set this is.
    public let id: ValueSetID
    /// The value set's OID (NOS identifier).
    public let oid: String
    /// The FHIR canonical URL, when known.
    public let canonical: String?
    /// The NOS version the data reflects (e.g. `20260629120000`).
    public let version: String
    /// The active concepts, in file order.
    public let concepts: [Coding]
    /// Concepts withdrawn from the value set: still found on older documents, so they can
    /// be recognised, but ``contains(_:)`` refuses them for new metadata.
    public let deprecatedConcepts: [Coding]

    private typealias Key = Terminology.ConceptKey

    private let active: [Key: Coding]
    private let deprecated: Set<Key>

    init(
        id: ValueSetID, oid: String, canonical: String?, version: String,
        concepts: [Coding], deprecatedConcepts: [Coding]
    ) {
        self.id = id
        self.oid = oid
        self.canonical = canonical
        self.version = version
        self.concepts = concepts
        self.deprecatedConcepts = deprecatedConcepts
        self.active = Dictionary(concepts.map { (Key($0), $0) }, uniquingKeysWith: { first, _ in first })
        self.deprecated = Set(deprecatedConcepts.map(Key.init))
    }

    /// Whether the coding's code and system name an active concept (display ignored).
    public func contains(_ coding: Coding) -> Bool {
        active[Key(coding)] != nil
    }

    /// The active concept with this code and system, with the value set's display.
    public func concept(code: String, system: String) -> Coding? {
        active[Key(code: code, system: system)]
    }

    /// Whether the coding is a deprecated member, kept only to read older documents.
    public func isDeprecated(_ coding: Coding) -> Bool {
        deprecated.contains(Key(coding))
    }
}
