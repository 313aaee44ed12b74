extension HabilitationMatrix {
    /// Identifies one entry of the matrix.
    struct ProfileKey: Hashable, Sendable {
        /// Profession code.
        let profession: String
        /// Specialty code, nil for the profession's general entry.
        let specialty: String?
    }

    /// The rules of one entry, resolved to concepts.
    struct Profile: Sendable {
        /// The decision for a type no rule names.
        let defaultAllows: Bool
        /// Types allowed whatever their class.
        let allowTypes: Set<Terminology.ConceptKey>
        /// Types denied whatever their class.
        let denyTypes: Set<Terminology.ConceptKey>
        /// Classes whose types are allowed.
        let allowClasses: Set<Terminology.ConceptKey>
        /// Classes whose types are denied.
        let denyClasses: Set<Terminology.ConceptKey>

        /// Type rule first, then class rule, then the default: the most specific rule wins,
        /// as the spec says to evaluate by typeCode and fall back to classCode.
        func allows(type: Terminology.ConceptKey, class fallbackClass: Terminology.ConceptKey?) -> Bool {
            if denyTypes.contains(type) { return false }
            if allowTypes.contains(type) { return true }
            if let fallbackClass {
                if denyClasses.contains(fallbackClass) { return false }
                if allowClasses.contains(fallbackClass) { return true }
            }
            return defaultAllows
        }
    }
}
