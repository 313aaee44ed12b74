import DMPDomain
import DMPFHIR
import Foundation
import Testing

/// DMPError and parse errors → one FHIRError → OperationOutcome.
@Suite("OperationOutcome")
struct OperationOutcomeTests {
    @Test("Each DMPError category has its status and issue code", arguments: [
        (DMPError.Code.malformed, 400, "invalid"),
        (.hashMismatch, 422, "invalid"),
        (.unknownCode, 422, "invalid"),
        (.recordClosed, 422, "business-rule"),
        (.forbiddenTransition, 422, "business-rule"),
        (.notAuthor, 403, "forbidden"),
        (.forbidden, 403, "forbidden"),
        (.documentNotFound, 404, "not-found"),
        (.recordNotFound, 404, "not-found"),
        (.duplicateUniqueID, 409, "conflict"),
        (.recordExists, 409, "conflict"),
        (.tooLarge, 413, "too-costly"),
        (.unsupportedMediaType, 415, "not-supported"),
    ])
    func categories(code: DMPError.Code, status: Int, issue: String) {
        let error = FHIRError(DMPError(code, "message", element: "hash"))
        #expect(error.status == status)
        #expect(error.issueType.rawValue == issue)
        #expect(error.condition.rawValue == code.rawValue)
        let outcome = error.operationOutcome
        #expect(outcome.issue.count == 1)
        #expect(outcome.issue[0].severity == "error")
        #expect(outcome.issue[0].code == issue)
        #expect(outcome.issue[0].details?.coding?.first?.code == code.rawValue)
        #expect(outcome.issue[0].expression == ["DocumentReference.content[0].attachment.hash"])
    }

    @Test("Not-found texts are generic: nothing tells a hidden document exists")
    func notFoundIsGeneric() {
        let hidden = FHIRError(DMPError(.documentNotFound, "The document to replace (entryUUID 42) is not in this DMP.", element: "relatesTo"))
        let missing = FHIRError(DMPError(.documentNotFound, "No such document in this DMP."))
        #expect(hidden.diagnostics == missing.diagnostics)
        #expect(hidden.diagnostics == "The requested resource was not found.")
        #expect(!hidden.diagnostics.contains("42"))
        #expect(hidden.expression == "DocumentReference.relatesTo")
    }

    @Test("Messages pass through otherwise; unknown elements stay as given")
    func passThrough() {
        let error = FHIRError(DMPError(.invalidMetadata, "A folder needs a title.", element: "somethingElse"))
        #expect(error.diagnostics == "A folder needs a title.")
        #expect(error.expression == "somethingElse")
        #expect(FHIRError(DMPError(.recordClosed, "closed")).expression == nil)
    }

    @Test("Parse errors render too, several issues in one outcome")
    func parseErrors() throws {
        let errors = [FHIRError.missing("Bundle.entry[1].resource.status"), FHIRError.malformed("Expected a string.", at: "Bundle.type")]
        let outcome = FHIROperationOutcome(errors: errors)
        #expect(outcome.issue.map(\.code) == ["required", "structure"])
        let json = String(decoding: FHIRJSON.encode(outcome), as: UTF8.self)
        #expect(json.hasPrefix(#"{"resourceType":"OperationOutcome""#))
        #expect(json.contains(#""expression":["Bundle.entry[1].resource.status"]"#))
        #expect(FHIRError.internalError.status == 500 && FHIRError.unauthenticated.issueType == .security)
    }
}
