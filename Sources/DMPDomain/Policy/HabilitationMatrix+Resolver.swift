extension HabilitationMatrix {
    /// Turns the references of a matrix file (`ALIAS:code`, `@group`) into concepts and
    /// refuses any that the terminology does not know.
    struct Resolver {
        /// The file being read, for its aliases and groups.
        let file: File
        /// Every known typeCode (with its fallback class).
        let types: [Terminology.ConceptKey: Terminology.ConceptKey?]
        /// J57, the known classCodes.
        let classes: ValueSet

        /// The resolved rules of one entry.
        func profile(_ entry: File.Profession) throws(HabilitationMatrixError) -> Profile {
            let label = "profession \(entry.profession)\(entry.specialty.map { "/\($0)" } ?? "")"
            let profile = Profile(
                defaultAllows: try Self.decision(entry.default, "\(label) default"),
                allowTypes: try typeSet(entry.allowTypes, label),
                denyTypes: try typeSet(entry.denyTypes, label),
                allowClasses: try classSet(entry.allowClasses, label),
                denyClasses: try classSet(entry.denyClasses, label))
            // A code both allowed and denied is a contradiction an editor must resolve.
            if let both = profile.allowTypes.intersection(profile.denyTypes).first {
                throw HabilitationMatrixError("\(label): typeCode \(both.code) is both allowed and denied")
            }
            if let both = profile.allowClasses.intersection(profile.denyClasses).first {
                throw HabilitationMatrixError("\(label): classCode \(both.code) is both allowed and denied")
            }
            return profile
        }

        /// `allow` → true, `deny` → false, anything else refused.
        static func decision(_ text: String, _ element: String) throws(HabilitationMatrixError) -> Bool {
            switch text {
            case "allow": return true
            case "deny": return false
            default: throw HabilitationMatrixError("\(element): '\(text)' is neither allow nor deny")
            }
        }

        private func typeSet(_ references: [String]?, _ label: String) throws(HabilitationMatrixError) -> Set<Terminology.ConceptKey> {
            var result = Set<Terminology.ConceptKey>()
            for reference in references ?? [] {
                if reference.hasPrefix("@") {
                    let name = String(reference.dropFirst())
                    guard let members = file.groups?[name] else {
                        throw HabilitationMatrixError("\(label): unknown group \(reference)")
                    }
                    for member in members {
                        guard !member.hasPrefix("@") else {
                            throw HabilitationMatrixError("group \(name): groups cannot contain groups")
                        }
                        result.insert(try type(member, "group \(name)"))
                    }
                } else {
                    result.insert(try type(reference, label))
                }
            }
            return result
        }

        private func type(_ reference: String, _ label: String) throws(HabilitationMatrixError) -> Terminology.ConceptKey {
            let key = try concept(reference, label)
            guard types[key] != nil else {
                throw HabilitationMatrixError("\(label): typeCode \(reference) is not in the terminology")
            }
            return key
        }

        private func classSet(_ references: [String]?, _ label: String) throws(HabilitationMatrixError) -> Set<Terminology.ConceptKey> {
            var result = Set<Terminology.ConceptKey>()
            for reference in references ?? [] {
                let key = try concept(reference, label)
                guard classes.concept(code: key.code, system: key.system) != nil else {
                    throw HabilitationMatrixError("\(label): classCode \(reference) is not in \(classes.id)")
                }
                result.insert(key)
            }
            return result
        }

        private func concept(_ reference: String, _ label: String) throws(HabilitationMatrixError) -> Terminology.ConceptKey {
            let parts = reference.split(separator: ":", maxSplits: 1).map(String.init)
            guard parts.count == 2, let system = file.codeSystems[parts[0]] else {
                throw HabilitationMatrixError("\(label): '\(reference)' is not ALIAS:code with an alias of codeSystems")
            }
            return Terminology.ConceptKey(code: parts[1], system: system)
        }
    }
}
