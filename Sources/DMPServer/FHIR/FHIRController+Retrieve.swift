import DMPDomain
import DMPFHIR
import DMPServices
import Foundation
import Hummingbird

/// ITI-68: the document's exact bytes at its `attachment.url`, streamed from the file.
extension FHIRController {
    /// The bytes with their own media type and an ETag of their SHA-256; a FHIR `Binary`
    /// resource instead when the client asks only for FHIR JSON.
    func retrieveDocument(_ request: Request, _ context: AppRequestContext) async throws -> Response {
        let entryUUID = EntryUUID(rawValue: try identifier(context))
        let key = try await services.patientKey(ofDocument: entryUUID)
        let document = try await services.retrieveDocument(key, .entryUUID(entryUUID), actor: try actor(context))
        let metadata = document.entry.metadata
        let etag = "\"\(document.entry.blobSHA256)\""
        if request.headers[.ifNoneMatch] == etag {
            return Response(status: .notModified, headers: [.eTag: etag])
        }
        if wantsBinaryResource(request, mimeType: metadata.mimeType) {
            var binary = FHIRBinary(contentType: metadata.mimeType, data: try document.data().base64EncodedString())
            binary.id = entryUUID.rawValue
            return FHIRHTTP.response(.binary(binary), headers: [.eTag: etag])
        }
        let body = try await FileIO(threadPool: .singleton).loadFile(path: document.fileURL.path, context: context)
        return Response(
            status: .ok,
            headers: [.contentType: metadata.mimeType, .eTag: etag, .contentLength: String(metadata.size)],
            body: body)
    }

    /// A client that accepts FHIR JSON but not the document's own type wants the resource.
    private func wantsBinaryResource(_ request: Request, mimeType: String) -> Bool {
        guard let accept = request.headers[.accept]?.lowercased() else { return false }
        let types = accept.split(separator: ",").map { $0.split(separator: ";")[0].trimmingCharacters(in: .whitespaces) }
        let wantsFHIR = types.contains("application/fhir+json")
        let acceptsDocument = types.contains(mimeType.lowercased()) || types.contains("*/*") || types.contains("\(mimeType.split(separator: "/")[0])/*")
        return wantsFHIR && !acceptsDocument
    }
}
