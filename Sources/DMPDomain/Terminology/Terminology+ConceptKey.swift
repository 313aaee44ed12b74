extension Terminology {
    /// The identity of a concept (code + system) used as a dictionary key, so lookups ignore
    /// the display that ``Coding``'s own `Hashable` conformance includes. Nested to keep the
    /// module namespace free for the rest of the domain.
    struct ConceptKey: Hashable, Sendable {
        let code: String
        let system: String

        init(code: String, system: String) {
            self.code = code
            self.system = system
        }

        init(_ coding: Coding) {
            self.init(code: coding.code, system: coding.system)
        }
    }
}
