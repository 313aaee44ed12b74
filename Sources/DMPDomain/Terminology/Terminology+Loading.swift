import Foundation

extension Terminology {
    /// Loads every file through `locate`, which maps a file name to its URL (bundle or
    /// directory), and checks the data is consistent before anything uses it: a bad
    /// operator update must fail at startup, not on the first submission.
    init(locating locate: (String) -> URL?) throws(TerminologyError) {
        var valueSets: [ValueSetID: ValueSet] = [:]
        for id in ValueSetID.all {
            let file: ValueSetFile = try Self.decode(Self.fileName(for: id), locate)
            valueSets[id] = try Self.valueSet(from: file, expected: id)
        }
        let associations: AssociationFile = try Self.decode(Self.associationsFileName, locate)
        guard let classes = valueSets[.classCode] else {
            throw .unreadableData("class code value set missing")
        }
        self.valueSets = valueSets
        self.typeToClasses = try Self.index(associations, classes: classes)
        self.associationsName = associations.name
    }

    private static func decode<T: Decodable>(
        _ name: String, _ locate: (String) -> URL?
    ) throws(TerminologyError) -> T {
        guard let url = locate(name) else {
            throw .unreadableData("\(name): not found")
        }
        do {
            return try JSONDecoder().decode(T.self, from: Data(contentsOf: url))
        } catch {
            throw .unreadableData("\(name): \(error)")
        }
    }

    private static func valueSet(
        from file: ValueSetFile, expected id: ValueSetID
    ) throws(TerminologyError) -> ValueSet {
        guard file.name == id.name else {
            throw .unreadableData("\(fileName(for: id)): declares \(file.name)")
        }
        var seen = Set<ConceptKey>()
        var active: [Coding] = []
        var deprecated: [Coding] = []
        for concept in file.concepts {
            let coding = Coding(code: concept.code, system: concept.system, display: concept.display)
            // A duplicate is almost always a typo in a hand-edited file.
            guard seen.insert(ConceptKey(coding)).inserted else {
                throw .unreadableData("\(id.name): duplicate concept \(coding)")
            }
            if concept.deprecated == true {
                deprecated.append(coding)
            } else {
                active.append(coding)
            }
        }
        guard !active.isEmpty else {
            throw .unreadableData("\(id.name): no concept")
        }
        return ValueSet(
            id: id, oid: file.oid, canonical: file.canonical, version: file.version,
            concepts: active, deprecatedConcepts: deprecated)
    }

    /// Resolves every class against J57 so ``classCodes(forType:)`` returns J57 displays and
    /// a class outside J57 is caught at load time.
    private static func index(
        _ file: AssociationFile, classes: ValueSet
    ) throws(TerminologyError) -> [ConceptKey: [Coding]] {
        var table: [ConceptKey: [Coding]] = [:]
        for association in file.associations {
            let type = ConceptKey(code: association.typeCode, system: association.typeSystem)
            guard table[type] == nil else {
                throw .unreadableData("\(file.name): typeCode \(association.typeCode) listed twice")
            }
            let system = association.classSystem ?? file.defaultClassSystem
            var resolved: [Coding] = []
            for code in association.classCodes {
                guard let coding = classes.concept(code: code, system: system) else {
                    throw .unreadableData(
                        "\(file.name): class \(code) of typeCode \(association.typeCode) is not in \(classes.id)")
                }
                resolved.append(coding)
            }
            guard !resolved.isEmpty else {
                throw .unreadableData("\(file.name): typeCode \(association.typeCode) has no class")
            }
            table[type] = resolved
        }
        return table
    }
}
