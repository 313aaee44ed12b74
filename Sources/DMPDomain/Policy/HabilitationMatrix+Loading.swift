import Foundation

extension HabilitationMatrix {
    /// Decodes and checks a matrix file's bytes; see ``init(contentsOf:terminology:)``.
    public init(data: Data, terminology: Terminology = .bundled) throws(HabilitationMatrixError) {
        let file: File
        do {
            file = try JSONDecoder().decode(File.self, from: data)
        } catch {
            throw HabilitationMatrixError("not a matrix file: \(error)")
        }
        let typeClasses = Self.typeUniverse(terminology)
        let resolver = Resolver(file: file, types: typeClasses, classes: terminology.valueSet(.classCode))
        var profiles: [ProfileKey: Profile] = [:]
        for entry in file.professions {
            let key = ProfileKey(profession: entry.profession, specialty: entry.specialty)
            guard profiles[key] == nil else {
                throw HabilitationMatrixError("profession \(entry.profession) specialty \(entry.specialty ?? "-") is listed twice")
            }
            profiles[key] = try resolver.profile(entry)
        }
        let unknown = Profile(
            defaultAllows: try Resolver.decision(file.defaults.unknownProfession, "defaults.unknownProfession"),
            allowTypes: [], denyTypes: [], allowClasses: [], denyClasses: [])
        // Sorted so that the SQL a store builds, and its plan, are the same on every run.
        let ordered = typeClasses.keys.sorted { ($0.system, $0.code) < ($1.system, $1.code) }
        /// The allowed types of one entry, in the fixed order.
        func compile(_ profile: Profile) -> [CodeFilter] {
            ordered.filter { profile.allows(type: $0, class: typeClasses[$0] ?? nil) }
                .map { CodeFilter(system: $0.system, code: $0.code) }
        }
        self.name = file.name
        self.version = file.version
        self.source = file.source
        self.profiles = profiles
        self.unknownProfession = unknown
        self.typeClasses = typeClasses
        self.compiled = profiles.mapValues(compile)
        self.compiledUnknown = compile(unknown)
    }

    /// Every typeCode a stored document may carry: J07 (active and deprecated, since old
    /// documents keep their type) and the types of the association table, each with its
    /// preferred class.
    private static func typeUniverse(_ terminology: Terminology) -> [Terminology.ConceptKey: Terminology.ConceptKey?] {
        let types = terminology.valueSet(.typeCode)
        var universe: [Terminology.ConceptKey: Terminology.ConceptKey?] = [:]
        for coding in types.concepts + types.deprecatedConcepts {
            universe[Terminology.ConceptKey(coding)] = .some(nil)
        }
        for (type, classes) in terminology.typeToClasses {
            universe[type] = classes.first.map(Terminology.ConceptKey.init)
        }
        return universe
    }
}
