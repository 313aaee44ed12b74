import DMPDomain
import Testing

@Suite("Value-set membership")
struct TerminologyValidationTests {
    let terminology = Terminology.bundled

    static let members: [(Coding, ValueSetID)] = [
        (Coding(code: "10", system: CodeSystems.classeDocument.oid), .classCode),
        (Coding(code: "urn:oid:1.3.6.1.4.1.19376.1.2.1.1.1", system: CodeSystems.nomenclatureURN.oid), .classCode),
        (Coding(code: "11488-4", system: CodeSystems.loinc.oid), .typeCode),
        (Coding(code: "REMB", system: CodeSystems.typeDocComplementaire.oid), .typeCode),
        (Coding(code: "E1762", system: CodeSystems.nomenclatureASTM.oid), .typeCode),
        (Coding(code: "urn:ihe:iti:xds-sd:pdf:2008", system: CodeSystems.iheFormatCode.oid), .formatCode),
        (Coding(code: "urn:ihe:iti:xds-sd:text:2008", system: CodeSystems.iheFormatCode.oid), .formatCode),
        (Coding(code: "urn:ihe:lab:xd-lab:2008", system: CodeSystems.iheFormatCode.oid), .formatCode),
        (Coding(code: "urn:asip:ci-sis:vsm:2012", system: CodeSystems.formatCodeComplementaire.oid), .formatCode),
        (Coding(code: "1.2.840.10008.5.1.4.1.1.88.59", system: CodeSystems.dicomUIDRegistry.oid), .formatCode),
        (Coding(code: "SA01", system: CodeSystems.secteurActivite.oid), .healthcareFacilityType),
        (Coding(code: "EXP_PATIENT", system: CodeSystems.producteurDocNonPS.oid), .healthcareFacilityType),
        (Coding(code: "ETABLISSEMENT", system: CodeSystems.cadreExercice.oid), .practiceSetting),
        (Coding(code: "SNR", system: CodeSystems.producteurDocNonPS.oid), .practiceSetting),
        (ConfidentialityCode.normal, .confidentiality),
        (ConfidentialityCode.maskedToProfessionals, .confidentiality),
        (Coding(code: "urn:asip:ci-sis:2010:StatusType:Deleted", system: CodeSystems.availabilityStatusCISIS.oid), .availabilityStatus),
        (Coding(code: "SA07", system: CodeSystems.secteurActivite.oid), .contentType),
        (Coding(code: "EXP_PATIENT", system: CodeSystems.producteurDocNonPS.oid), .contentType),
    ]

    @Test("known members are accepted", arguments: members)
    func acceptsMember(_ coding: Coding, _ id: ValueSetID) throws {
        try terminology.validate(coding, in: id)
        #expect(terminology.valueSet(id).contains(coding))
    }

    @Test("an unknown code is refused with unknownCode")
    func refusesUnknownCode() {
        let coding = Coding(code: "99999-9", system: CodeSystems.loinc.oid)
        #expect(throws: TerminologyError.unknownCode(
            valueSet: "JDV_J07_XdsTypeCode_CISIS", code: "99999-9", system: CodeSystems.loinc.oid)) {
            try terminology.validate(coding, in: .typeCode)
        }
    }

    @Test("a known code in the wrong system is refused with unknownCode")
    func refusesWrongSystem() {
        // REMB exists, but in TRE_A05, not in LOINC.
        let coding = Coding(code: "REMB", system: CodeSystems.loinc.oid)
        #expect(throws: TerminologyError.unknownCode(
            valueSet: "JDV_J07_XdsTypeCode_CISIS", code: "REMB", system: CodeSystems.loinc.oid)) {
            try terminology.validate(coding, in: .typeCode)
        }
    }

    @Test("a code of another value set is refused")
    func refusesOtherValueSet() {
        #expect(throws: TerminologyError.self) {
            try terminology.validate(ConfidentialityCode.normal, in: .classCode)
        }
    }

    @Test("displays do not take part in membership, and the value set's own display is returned")
    func displaysIgnored() throws {
        let coding = Coding(code: "60591-5", system: CodeSystems.loinc.oid, display: "Patient summary")
        try terminology.validate(coding, in: .typeCode)
        let concept = terminology.valueSet(.typeCode).concept(code: "60591-5", system: CodeSystems.loinc.oid)
        #expect(concept?.display == "Synthèse médicale")
    }

    @Test("deprecated typeCodes are recognised but refused for new metadata")
    func deprecatedTypeCodes() {
        let valueSet = terminology.valueSet(.typeCode)
        let old = Coding(code: "ATTEST-VITALE", system: CodeSystems.typeDocComplementaire.oid)
        #expect(valueSet.isDeprecated(old))
        #expect(!valueSet.contains(old))
        #expect(valueSet.deprecatedConcepts.count == 4)
        #expect(!valueSet.isDeprecated(Coding(code: "REMB", system: CodeSystems.typeDocComplementaire.oid)))
    }

    @Test("every TRE_A06 format code is in the TRE_A06 system")
    func formatCodeSystems() {
        let concepts = terminology.valueSet(.formatCode).concepts
        for concept in concepts where concept.code.hasPrefix("urn:asip:ci-sis:") || concept.code.hasPrefix("urn:ans:ci-sis:") {
            #expect(concept.system == "1.2.250.1.213.1.1.4.2.282", "\(concept)")
        }
        for concept in concepts where concept.code.hasPrefix("urn:ihe:") {
            #expect(concept.system == "1.3.6.1.4.1.19376.1.2.3", "\(concept)")
        }
    }

    @Test("J58 is exactly the six constants, which keep their J58 displays")
    func confidentialityConstants() {
        let valueSet = terminology.valueSet(.confidentiality)
        let constants = [
            ConfidentialityCode.normal, ConfidentialityCode.restricted, ConfidentialityCode.veryRestricted,
            ConfidentialityCode.maskedToProfessionals, ConfidentialityCode.invisibleToPatient,
            ConfidentialityCode.invisibleToLegalRepresentatives,
        ]
        #expect(Set(valueSet.concepts) == Set(constants))
        #expect(valueSet.concepts.count == constants.count)
        #expect(!valueSet.contains(ConfidentialityCode.maskedToSocialProfessionals))
        #expect(!valueSet.contains(ConfidentialityCode.maskedToThirdParties))
    }

    @Test("the facility set has no SA11 or SA62, which TRE_R02 does not define")
    func facilityGaps() {
        let valueSet = terminology.valueSet(.healthcareFacilityType)
        let system = CodeSystems.secteurActivite.oid
        #expect(valueSet.concept(code: "SA11", system: system) == nil)
        #expect(valueSet.concept(code: "SA62", system: system) == nil)
        #expect(valueSet.concept(code: "SA69", system: system)?.display == "Maisons de naissance")
    }

    @Test("Coding compares concepts on code and system only")
    func sameConcept() {
        let a = Coding(code: "N", system: CodeSystems.hl7Confidentiality.oid, display: "Normal")
        let b = Coding(code: "N", system: CodeSystems.hl7Confidentiality.oid)
        let c = Coding(code: "N", system: CodeSystems.statutVisibilite.oid)
        #expect(a.sameConcept(as: b))
        #expect(!a.sameConcept(as: c))
        #expect(a.description == "N^Normal^2.16.840.1.113883.5.25")
    }

    @Test("errors read as sentences naming the codes")
    func errorDescriptions() {
        let unknown = TerminologyError.unknownCode(valueSet: "JDV_X", code: "C", system: "1.2")
        let mismatch = TerminologyError.classTypeMismatch(classCode: "31", typeCode: "11488-4", expected: ["10", "11"])
        #expect(unknown.description == "code 'C' of system '1.2' is not in JDV_X")
        #expect(mismatch.description.contains("expected 10 or 11"))
        #expect(TerminologyError.unreadableData("x").description.contains("x"))
    }
}
