import DMPDomain
import DMPServices
import Foundation
import Hummingbird

/// The holder's documents: masking one to professionals, and its bytes.
extension HolderController {
    /// `PUT documents/:entryUUID/masked` with `{"masked": Bool}`: adds or removes
    /// `MASQUE_PS` to the document's current confidentiality codes; answers the new entry.
    func setDocumentMasked(_ request: Request, _ context: AppRequestContext) async throws -> Response {
        let (actor, key) = try holder(context)
        let target = DocumentTarget.entryUUID(EntryUUID(rawValue: try HolderHTTP.parameter("entryUUID", context)))
        let body = try await HolderHTTP.body(HolderRequest.Masked.self, of: request)
        let current = try await services.documentEntry(key, target, actor: actor)
        let mask = ConfidentialityCode.maskedToProfessionals
        var codes = current.metadata.confidentialityCodes.filter { !($0.code == mask.code && $0.system == mask.system) }
        if body.masked { codes.append(mask) }
        return try HolderHTTP.response(try await services.changeConfidentiality(key, target, to: codes, actor: actor))
    }

    /// `GET documents/:entryUUID/content`: the exact bytes, streamed from the file, with
    /// their media type and an ETag of their SHA-256.
    func documentContent(_ request: Request, _ context: AppRequestContext) async throws -> Response {
        let (actor, key) = try holder(context)
        let target = DocumentTarget.entryUUID(EntryUUID(rawValue: try HolderHTTP.parameter("entryUUID", context)))
        let document = try await services.retrieveDocument(key, target, actor: actor)
        let metadata = document.entry.metadata
        let etag = "\"\(document.entry.blobSHA256)\""
        if request.headers[.ifNoneMatch] == etag {
            return Response(status: .notModified, headers: [.eTag: etag])
        }
        let body = try await FileIO(threadPool: .singleton).loadFile(path: document.fileURL.path, context: context)
        return Response(
            status: .ok,
            headers: [.contentType: metadata.mimeType, .eTag: etag, .contentLength: String(metadata.size)],
            body: body)
    }
}
