import DMPDomain
import Testing

@Suite("typeCode → classCode associations")
struct TypeClassAssociationTests {
    let terminology = Terminology.bundled

    @Test("every active J07 typeCode has a class association, and every class is in J57")
    func everyTypeHasClass() {
        let classes = terminology.valueSet(.classCode)
        var missing: [String] = []
        for type in terminology.valueSet(.typeCode).concepts {
            let associated = terminology.classCodes(forType: type)
            if associated.isEmpty { missing.append(type.description) }
            for classCode in associated {
                #expect(classes.contains(classCode), "\(type) → \(classCode)")
                #expect(classCode.display != nil, "class displays come from J57")
            }
        }
        #expect(missing.isEmpty, "typeCodes without a class: \(missing)")
    }

    @Test("deprecated typeCodes keep an association so older documents can be classed")
    func deprecatedTypesHaveClass() {
        for type in terminology.valueSet(.typeCode).deprecatedConcepts {
            #expect(!terminology.classCodes(forType: type).isEmpty, "\(type)")
        }
    }

    static let specPairs: [(String, String, String)] = [
        // §4.4 change requests
        ("85895-1", CodeSystems.loinc.oid, "31"),
        ("104144-1", CodeSystems.loinc.oid, "90"),
        ("96163-1", CodeSystems.loinc.oid, "11"),
        ("55751-2", CodeSystems.loinc.oid, "52"),
        ("JUSTIF-PRESC-RENF", CodeSystems.typeDocComplementaire.oid, "42"),
        // §4.6 common pairs
        ("11488-4", CodeSystems.loinc.oid, "10"),
        ("11490-0", CodeSystems.loinc.oid, "10"),
        ("11502-2", CodeSystems.loinc.oid, "10"),
        ("18748-4", CodeSystems.loinc.oid, "31"),
        ("60591-5", CodeSystems.loinc.oid, "11"),
        ("57833-6", CodeSystems.loinc.oid, "42"),
        ("60593-1", CodeSystems.loinc.oid, "43"),
        // §6
        ("REMB", CodeSystems.typeDocComplementaire.oid, "60"),
        ("DOCPAT01", CodeSystems.typeDocComplementaire.oid, "90"),
        ("DOCPAT08", CodeSystems.typeDocComplementaire.oid, "90"),
        ("EXPPAT_3", CodeSystems.typeDocComplementaire.oid, "90"),
        ("PIECE-IDENTITE", CodeSystems.typeDocComplementaire.oid, "90"),
    ]

    @Test("the spec's pairs are the preferred class", arguments: specPairs)
    func specPair(_ type: String, _ system: String, _ expected: String) {
        let classes = terminology.classCodes(forType: Coding(code: type, system: system))
        #expect(classes.first?.code == expected)
        #expect(classes.first?.system == CodeSystems.classeDocument.oid)
    }

    @Test("checkClass accepts 11488-4 with class 10")
    func acceptsMatchingClass() throws {
        try terminology.checkClass(
            Coding(code: "10", system: CodeSystems.classeDocument.oid),
            agreesWithType: Coding(code: "11488-4", system: CodeSystems.loinc.oid))
    }

    @Test("checkClass refuses 11488-4 with class 31")
    func refusesMismatchedClass() {
        #expect(throws: TerminologyError.classTypeMismatch(classCode: "31", typeCode: "11488-4", expected: ["10"])) {
            try terminology.checkClass(
                Coding(code: "31", system: CodeSystems.classeDocument.oid),
                agreesWithType: Coding(code: "11488-4", system: CodeSystems.loinc.oid))
        }
    }

    @Test("checkClass refuses the right class code in the wrong system")
    func refusesClassInWrongSystem() {
        #expect(throws: TerminologyError.self) {
            try terminology.checkClass(
                Coding(code: "10", system: CodeSystems.loinc.oid),
                agreesWithType: Coding(code: "11488-4", system: CodeSystems.loinc.oid))
        }
    }

    @Test("checkClass on a type without association names the association table")
    func unknownType() {
        let type = Coding(code: "00000-0", system: CodeSystems.loinc.oid)
        let error = #expect(throws: TerminologyError.self) {
            try terminology.checkClass(Coding(code: "10", system: CodeSystems.classeDocument.oid), agreesWithType: type)
        }
        guard case let .unknownCode(valueSet, code, _) = error else {
            Issue.record("expected unknownCode, got \(String(describing: error))")
            return
        }
        #expect(code == "00000-0")
        #expect(valueSet.contains("ASS_X04"))
    }

    @Test("the signature document type maps to the Digital Signature class")
    func signatureDocument() {
        let classes = terminology.classCodes(forType: Coding(code: "E1762", system: CodeSystems.nomenclatureASTM.oid))
        #expect(classes == [Coding(
            code: "urn:oid:1.3.6.1.4.1.19376.1.2.1.1.1", system: "URN", display: "Digital Signature")])
    }
}
