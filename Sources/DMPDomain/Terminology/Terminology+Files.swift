extension Terminology {
    /// The JSON layout of one value-set file. Keys other than these (title, source, notes,
    /// per-concept notes) document provenance for people and are ignored by the loader.
    struct ValueSetFile: Decodable {
        struct Concept: Decodable {
            let code: String
            let system: String
            let display: String?
            let deprecated: Bool?
        }

        let name: String
        let oid: String
        let canonical: String?
        let version: String
        let concepts: [Concept]
    }

    /// The JSON layout of `type-class-associations.json`.
    struct AssociationFile: Decodable {
        struct Association: Decodable {
            let typeCode: String
            let typeSystem: String
            /// Accepted classes, preferred first.
            let classCodes: [String]
            /// Overrides the file's default class system (e.g. `URN` for Digital Signature).
            let classSystem: String?
        }

        let name: String
        let defaultClassSystem: String
        let associations: [Association]
    }
}
