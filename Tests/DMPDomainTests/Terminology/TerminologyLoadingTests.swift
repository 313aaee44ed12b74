import DMPDomain
import Foundation
import Testing

@Suite("Terminology loading")
struct TerminologyLoadingTests {
    @Test("every bundled value set loads with its identity and at least one concept",
          arguments: ValueSetID.all)
    func bundledValueSet(_ id: ValueSetID) {
        let valueSet = Terminology.bundled.valueSet(id)
        #expect(valueSet.id == id)
        #expect(!valueSet.concepts.isEmpty)
        #expect(valueSet.oid.hasPrefix("1.2.250.1.213.1.1.5."))
        #expect(!valueSet.version.isEmpty)
    }

    @Test("the spec's value-set OIDs and versions are the ones loaded")
    func specIdentities() {
        let terminology = Terminology.bundled
        #expect(terminology.valueSet(.classCode).oid == "1.2.250.1.213.1.1.5.6")
        #expect(terminology.valueSet(.classCode).version == "20230922120000")
        #expect(terminology.valueSet(.classCode).canonical
            == "https://mos.esante.gouv.fr/NOS/JDV_J57-ClassCode-DMP/FHIR/JDV-J57-ClassCode-DMP")
        #expect(terminology.valueSet(.typeCode).oid == "1.2.250.1.213.1.1.5.471")
        #expect(terminology.valueSet(.typeCode).version == "20260629120000")
        #expect(terminology.valueSet(.formatCode).oid == "1.2.250.1.213.1.1.5.465")
        #expect(terminology.valueSet(.healthcareFacilityType).oid == "1.2.250.1.213.1.1.5.466")
        #expect(terminology.valueSet(.practiceSetting).oid == "1.2.250.1.213.1.1.5.467")
        #expect(terminology.valueSet(.confidentiality).oid == "1.2.250.1.213.1.1.5.9")
        #expect(terminology.valueSet(.confidentiality).version == "20200424120000")
        #expect(terminology.valueSet(.availabilityStatus).oid == "1.2.250.1.213.1.1.5.131")
    }

    @Test("a directory holding a copy of the files loads the same terminology")
    func loadsCopiedDirectory() throws {
        let directory = try TerminologyTestSupport.copyOfResources()
        defer { try? FileManager.default.removeItem(at: directory) }

        let copy = try Terminology(directory: directory)

        for id in ValueSetID.all {
            #expect(copy.valueSet(id).concepts == Terminology.bundled.valueSet(id).concepts)
        }
        let report = Coding(code: "11488-4", system: CodeSystems.loinc.oid)
        #expect(copy.classCodes(forType: report) == Terminology.bundled.classCodes(forType: report))
    }

    @Test("an operator update in the directory is taken into account")
    func operatorUpdate() throws {
        let directory = try TerminologyTestSupport.copyOfResources()
        defer { try? FileManager.default.removeItem(at: directory) }
        let file = directory.appendingPathComponent("JDV_J04_XdsPracticeSettingCode_CISIS.json")
        let edited = try String(contentsOf: file, encoding: .utf8)
            .replacingOccurrences(of: "\"code\": \"SAMU_SMUR\"", with: "\"code\": \"SAMU_SMUR_2027\"")
        try edited.write(to: file, atomically: true, encoding: .utf8)

        let updated = try Terminology(directory: directory)

        let system = CodeSystems.cadreExercice.oid
        #expect(updated.valueSet(.practiceSetting).concept(code: "SAMU_SMUR_2027", system: system) != nil)
        #expect(updated.valueSet(.practiceSetting).concept(code: "SAMU_SMUR", system: system) == nil)
    }

    @Test("malformed JSON gives unreadableData naming the file")
    func malformedJSON() throws {
        let directory = try TerminologyTestSupport.copyOfResources()
        defer { try? FileManager.default.removeItem(at: directory) }
        let name = "JDV_J58_ConfidentialityCode_DMP.json"
        try Data("{ \"name\": ".utf8).write(to: directory.appendingPathComponent(name))

        let error = try #require(throws: TerminologyError.self) { try Terminology(directory: directory) }

        guard case let .unreadableData(reason) = error else {
            Issue.record("expected unreadableData, got \(error)")
            return
        }
        #expect(reason.contains(name))
    }

    @Test("a missing file gives unreadableData")
    func missingFile() throws {
        let directory = try TerminologyTestSupport.copyOfResources()
        defer { try? FileManager.default.removeItem(at: directory) }
        try FileManager.default.removeItem(at: directory.appendingPathComponent(Terminology.associationsFileName))

        #expect(throws: TerminologyError.unreadableData("\(Terminology.associationsFileName): not found")) {
            try Terminology(directory: directory)
        }
    }

    @Test("an association to a class outside J57 is refused at load time")
    func associationToUnknownClass() throws {
        let directory = try TerminologyTestSupport.copyOfResources()
        defer { try? FileManager.default.removeItem(at: directory) }
        let file = directory.appendingPathComponent(Terminology.associationsFileName)
        var json = try #require(
            try JSONSerialization.jsonObject(with: Data(contentsOf: file)) as? [String: Any])
        json["associations"] = [[
            "typeCode": "11488-4", "typeSystem": CodeSystems.loinc.oid, "classCodes": ["99"],
        ]]
        try JSONSerialization.data(withJSONObject: json).write(to: file)

        let error = try #require(throws: TerminologyError.self) { try Terminology(directory: directory) }

        #expect(error.description.contains("class 99"))
    }

    @Test("a duplicated concept is refused at load time")
    func duplicateConcept() throws {
        let directory = try TerminologyTestSupport.copyOfResources()
        defer { try? FileManager.default.removeItem(at: directory) }
        let file = directory.appendingPathComponent("JDV_J52_AvailabilityStatus_CISIS.json")
        var json = try #require(
            try JSONSerialization.jsonObject(with: Data(contentsOf: file)) as? [String: Any])
        let concepts = try #require(json["concepts"] as? [Any])
        json["concepts"] = concepts + [concepts[0]]
        try JSONSerialization.data(withJSONObject: json).write(to: file)

        let error = try #require(throws: TerminologyError.self) { try Terminology(directory: directory) }

        #expect(error.description.contains("duplicate"))
    }

    @Test("the file layout lists one file per value set plus the associations")
    func fileLayout() {
        #expect(Terminology.fileNames.count == ValueSetID.all.count + 1)
        #expect(Terminology.fileNames.contains("JDV_J07_XdsTypeCode_CISIS.json"))
        #expect(Terminology.fileNames.contains(Terminology.associationsFileName))
    }
}
