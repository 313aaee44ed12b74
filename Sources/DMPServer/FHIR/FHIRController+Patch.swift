import DMPDomain
import DMPFHIR
import DMPServices
import Hummingbird

/// PDSm flux 03: PATCH of a DocumentReference's status, securityLabel or isArchived, by id
/// or conditionally by business identifier; one new metadata version per patch.
extension FHIRController {
    /// Media type of RFC 6902 JSON Patch documents.
    static let jsonPatchMediaType = "application/json-patch+json"

    /// Applies a JSON Patch (or a FHIRPath Patch `Parameters`) and answers the new version.
    func patchDocumentReference(_ request: Request, _ context: AppRequestContext) async throws -> Response {
        let actor = try actor(context)
        let target: DocumentTarget
        let key: PatientKey
        if let id = context.parameters.get("id") {
            target = .entryUUID(EntryUUID(rawValue: id))
            key = try await services.patientKey(ofDocument: EntryUUID(rawValue: id))
        } else {
            target = try DocumentReferencePatch.target(relativeURL: "DocumentReference?\(request.uri.query ?? "")")
            key = try await services.patientKey(ofDocumentNamed: target)
        }
        try FHIRHTTP.requireMediaType(request, [Self.jsonPatchMediaType] + Self.resourceMediaTypes)
        let data = try await FHIRHTTP.body(of: request, limit: 1 << 20)
        let current = try await services.updateDocument(key, target, status: nil, confidentiality: nil, actor: actor)
        let resource = FHIRDocumentReference(current, context: self.context)
        let patch: DocumentReferencePatch
        if request.headers[.contentType]?.lowercased().hasPrefix(Self.jsonPatchMediaType) == true {
            patch = try DocumentReferencePatch(jsonPatch: data, current: resource)
        } else {
            patch = try DocumentReferencePatch(fhirPathPatch: try FHIRJSON.decode(FHIRParameters.self, from: data), current: resource)
        }
        let status: AvailabilityStatus? = patch.delete ? .deleted : patch.archive.map { $0 ? .archived : .approved }
        let updated = try await services.updateDocument(
            key, .logicalId(current.logicalId), status: status == current.status ? nil : status,
            confidentiality: patch.newConfidentiality, expectedVersion: try expectedVersion(request) ?? current.version,
            actor: actor)
        return FHIRHTTP.response(
            .documentReference(FHIRDocumentReference(updated, context: self.context)), headers: [.eTag: "W/\"\(updated.version)\""])
    }

    /// The version an `If-Match: W/"n"` header requires, if any.
    private func expectedVersion(_ request: Request) throws(FHIRError) -> Int? {
        guard let header = request.headers[.ifMatch] else { return nil }
        let digits = header.filter(\.isNumber)
        guard let version = Int(digits) else {
            throw FHIRError.invalid("If-Match must be a version ETag such as W/\"2\".", at: nil)
        }
        return version
    }
}
