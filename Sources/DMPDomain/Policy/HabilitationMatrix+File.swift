extension HabilitationMatrix {
    /// The JSON layout of `habilitation-matrix.json` (see docs/access-control.md). Keys other
    /// than these (`status`, `note`, `basis`, `label`) document provenance for people and
    /// are ignored by the loader.
    struct File: Decodable {
        /// The matrix's name.
        let name: String
        /// Its version.
        let version: String
        /// Where its content comes from.
        let source: String
        /// Short aliases for code systems, so rules read `LOINC:11488-4`, not an OID.
        let codeSystems: [String: String]
        /// Named lists of typeCodes, used in rules as `@name`.
        let groups: [String: [String]]?
        /// Rules for what the entries do not cover.
        let defaults: Defaults
        /// One entry per profession, or profession and specialty.
        let professions: [Profession]

        /// The `defaults` object.
        struct Defaults: Decodable {
            /// `allow` or `deny`: what a profession absent from the file may consult.
            let unknownProfession: String
        }

        /// One entry of `professions`.
        struct Profession: Decodable {
            /// TRE_G15 code (or another profession code system's code).
            let profession: String
            /// Specialty code; an entry with one replaces the profession's entry for it.
            let specialty: String?
            /// `allow` or `deny`: for types no rule of this entry names.
            let `default`: String
            /// typeCodes (`ALIAS:code` or `@group`) allowed whatever their class.
            let allowTypes: [String]?
            /// typeCodes (`ALIAS:code` or `@group`) denied whatever their class.
            let denyTypes: [String]?
            /// classCodes (`ALIAS:code`) whose types are allowed unless a type rule says otherwise.
            let allowClasses: [String]?
            /// classCodes (`ALIAS:code`) whose types are denied unless a type rule says otherwise.
            let denyClasses: [String]?
        }
    }
}
