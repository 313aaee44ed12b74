import DMPDomain
import DMPFHIR
import Foundation
import Testing

/// PATCH of a DocumentReference (PDSm flux 03): what may change and what may not.
@Suite("DocumentReference patch")
struct JSONPatchTests {
    static let current = FHIRDocumentReference(FHIRFixtures.entry(), context: FHIRFixtures.context)
    static let archivedCurrent = FHIRDocumentReference(FHIRFixtures.entry(status: .archived), context: FHIRFixtures.context)
    static let masked = #"{"coding":[{"system":"https://mos.esante.gouv.fr/NOS/TRE_A07-StatutVisibiliteDocument/FHIR/TRE-A07-StatutVisibiliteDocument","code":"INVISIBLE_PATIENT"}]}"#

    func patch(_ json: String, current: FHIRDocumentReference = current) throws(FHIRError) -> DocumentReferencePatch {
        try DocumentReferencePatch(jsonPatch: Data(json.utf8), current: current)
    }

    func failure(_ json: String, current: FHIRDocumentReference = current) -> FHIRError? {
        do {
            _ = try patch(json, current: current)
            return nil
        } catch {
            return error
        }
    }

    @Test("securityLabel: append one flag, remove one by index, replace the whole set")
    func securityLabel() throws {
        let appended = try patch(#"[{"op":"add","path":"/securityLabel/-","value":\#(Self.masked)}]"#)
        #expect(appended.newConfidentiality == [
            ConfidentialityCode.normal, ConfidentialityCode.maskedToProfessionals,
            Coding(code: "INVISIBLE_PATIENT", system: CodeSystems.statutVisibilite.oid),
        ])
        #expect(appended.archive == nil && !appended.delete)
        let removed = try patch(#"[{"op":"remove","path":"/securityLabel/1"}]"#)
        #expect(removed.newConfidentiality == [ConfidentialityCode.normal])
        let replaced = try patch(#"[{"op":"replace","path":"/securityLabel","value":[{"coding":[{"system":"http://terminology.hl7.org/CodeSystem/v3-Confidentiality","code":"N"}]}]}]"#)
        #expect(replaced.newConfidentiality == [Coding(code: "N", system: CodeSystems.hl7Confidentiality.oid)])
        #expect(failure(#"[{"op":"replace","path":"/securityLabel","value":[]}]"#)?.expression == "Patch[0].path")
        #expect(failure(#"[{"op":"remove","path":"/securityLabel"}]"#)?.expression == "Patch[0].path")
        let unknownSystem = failure(#"[{"op":"add","path":"/securityLabel/-","value":{"coding":[{"system":"http://example.org","code":"X"}]}}]"#)
        #expect(unknownSystem?.expression == "DocumentReference.securityLabel[2].coding[0].system")
    }

    @Test("isArchived: add the extension to archive, set it false to unarchive; unchanged is a no-op")
    func archive() throws {
        let archived = try patch(#"[{"op":"add","path":"/extension","value":[{"url":"\#(PDSm.isArchivedExtension)","valueBoolean":true}]}]"#)
        #expect(archived.archive == true && archived.newConfidentiality == nil)
        let unarchived = try patch(#"[{"op":"replace","path":"/extension/0/valueBoolean","value":false}]"#, current: Self.archivedCurrent)
        #expect(unarchived.archive == false)
        let removed = try patch(#"[{"op":"remove","path":"/extension/0"}]"#, current: Self.archivedCurrent)
        #expect(removed.archive == false)
        let same = try patch(#"[{"op":"replace","path":"/extension/0/valueBoolean","value":true}]"#, current: Self.archivedCurrent)
        #expect(same.isEmpty)
        let other = failure(#"[{"op":"add","path":"/extension/-","value":{"url":"http://example.org/x","valueString":"y"}}]"#, current: Self.archivedCurrent)
        #expect(other?.condition == .patchElementNotAllowed)
    }

    @Test("status: current is a no-op, entered-in-error deletes, superseded is refused")
    func status() throws {
        #expect(try patch(#"[{"op":"replace","path":"/status","value":"current"}]"#).isEmpty)
        #expect(try patch(#"[{"op":"replace","path":"/status","value":"entered-in-error"}]"#) == DocumentReferencePatch(delete: true))
        let superseded = failure(#"[{"op":"replace","path":"/status","value":"superseded"}]"#)
        #expect(superseded?.status == 422 && superseded?.expression == "Patch[0].path")
        let combined = failure(#"[{"op":"replace","path":"/status","value":"entered-in-error"},{"op":"remove","path":"/securityLabel/1"}]"#)
        #expect(combined?.status == 422)
    }

    @Test("Other elements are refused with 405 and the operation's location")
    func otherElements() {
        for path in ["/description", "/type", "/meta/versionId", "/content/0/attachment/title", "/masterIdentifier"] {
            let error = failure(#"[{"op":"test","path":"/status","value":"current"},{"op":"replace","path":"\#(path)","value":"x"}]"#)
            #expect(error?.status == 405, "\(path)")
            #expect(error?.condition == .patchElementNotAllowed)
            #expect(error?.expression == "Patch[1].path")
        }
        #expect(failure(#"[{"op":"move","from":"/description","path":"/securityLabel/-"}]"#)?.expression == "Patch[0].from")
    }

    @Test("test operations: passing ones allow the patch, a failing one refuses it")
    func testOperations() throws {
        let passing = try patch(#"[{"op":"test","path":"/status","value":"current"},{"op":"test","path":"/type/coding/0/code","value":"11488-4"},{"op":"remove","path":"/securityLabel/1"}]"#)
        #expect(passing.newConfidentiality == [ConfidentialityCode.normal])
        let failing = failure(#"[{"op":"test","path":"/status","value":"superseded"},{"op":"remove","path":"/securityLabel/1"}]"#)
        #expect(failing?.condition == .patchTestFailed)
        #expect(failing?.expression == "Patch[0]")
    }

    @Test("Malformed patches are located")
    func malformed() {
        #expect(failure("not json")?.condition == .malformed)
        #expect(failure(#"{"op":"add"}"#)?.expression == "Patch")
        #expect(failure(#"[{"op":"add","path":"/securityLabel/-"},{"path":"/status"}]"#)?.expression == "Patch[1].op")
        #expect(failure(#"[{"op":"replace","path":"/status","value":"current"},{"op":"add","path":"/securityLabel/-"}]"#)?.expression == "Patch[1].value")
        #expect(failure(#"[{"op":"frobnicate","path":"/status"}]"#)?.expression == "Patch[0].op")
        #expect(failure(#"[{"op":"remove","path":"/securityLabel/7"}]"#)?.expression == "Patch[0].path")
        #expect(failure(#"[{"op":"remove","path":"securityLabel"}]"#)?.expression == "Patch[0].path")
    }

    @Test("FHIRPath Patch gives the same effects")
    func fhirPathPatch() throws {
        func operation(_ parts: [FHIRParameters.Parameter]) -> FHIRParameters {
            FHIRParameters(parameter: [FHIRParameters.Parameter(name: "operation", part: parts)])
        }
        let delete = try DocumentReferencePatch(
            fhirPathPatch: operation([
                .init(name: "type", valueCode: "replace"), .init(name: "path", valueString: "DocumentReference.status"),
                .init(name: "value", valueCode: "entered-in-error"),
            ]), current: Self.current)
        #expect(delete.delete)
        let archive = try DocumentReferencePatch(
            fhirPathPatch: operation([
                .init(name: "type", valueCode: "replace"),
                .init(name: "path", valueString: "DocumentReference.extension('\(PDSm.isArchivedExtension)').value"),
                .init(name: "value", valueBoolean: true),
            ]), current: Self.current)
        #expect(archive.archive == true)
        let unmask = try DocumentReferencePatch(
            fhirPathPatch: operation([
                .init(name: "type", valueCode: "delete"), .init(name: "path", valueString: "DocumentReference.securityLabel[1]"),
            ]), current: Self.current)
        #expect(unmask.newConfidentiality == [ConfidentialityCode.normal])
        do {
            _ = try DocumentReferencePatch(
                fhirPathPatch: operation([
                    .init(name: "type", valueCode: "replace"), .init(name: "path", valueString: "DocumentReference.description"),
                    .init(name: "value", valueString: "x"),
                ]), current: Self.current)
            Issue.record("accepted a patch of description")
        } catch {
            #expect(error.condition == .patchElementNotAllowed)
        }
    }
}
