extension Terminology {
    /// The classCode(s) the DMP associates with a typeCode (ASS_X04-like table), preferred
    /// first, with J57 displays; empty when the type has no association.
    public func classCodes(forType type: Coding) -> [Coding] {
        typeToClasses[ConceptKey(type)] ?? []
    }

    /// Throws ``TerminologyError/classTypeMismatch(classCode:typeCode:expected:)`` unless the
    /// classCode is one the table allows for the typeCode, and
    /// ``TerminologyError/unknownCode(valueSet:code:system:)`` (naming the association table)
    /// when the typeCode has no association, since nothing can then be checked.
    public func checkClass(_ classCode: Coding, agreesWithType type: Coding) throws(TerminologyError) {
        let allowed = classCodes(forType: type)
        guard !allowed.isEmpty else {
            throw .unknownCode(valueSet: associationsName, code: type.code, system: type.system)
        }
        guard allowed.contains(where: { $0.sameConcept(as: classCode) }) else {
            throw .classTypeMismatch(
                classCode: classCode.code, typeCode: type.code, expected: allowed.map(\.code))
        }
    }
}
