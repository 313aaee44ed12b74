import DMPDomain
import DMPServices
import Foundation

extension FHIRBundle {
    /// The ITI-65 `transaction-response`: one entry per request entry, in request order
    /// (FHIR transaction rule, spec §5.4). Creations answer `201 Created` with the location
    /// of what was registered (`200 OK` when the same document was already there); status
    /// updates of replaced documents answer `200 OK` with the deprecated version.
    public static func transactionResponse(
        for request: ProvideDocumentBundle, result: PublishResult, context: FHIRServerContext
    ) -> FHIRBundle {
        let entries = request.entries.map { entry in
            Entry(response: response(for: entry.role, request: request, result: result))
        }
        return FHIRBundle(
            id: UUID().uuidString.lowercased(),
            meta: FHIRMeta(profile: ["\(MHD.base)/StructureDefinition/IHE.MHD.ProvideDocumentBundleResponse"]),
            type: "transaction-response", entry: entries.nonEmpty)
    }

    private static func response(for role: RequestEntry.Role, request: ProvideDocumentBundle, result: PublishResult) -> Response {
        switch role {
        case .submissionSet:
            let set = result.submissionSet
            return Response(
                status: "201 Created", location: "List/\(set.entryUUID.rawValue)",
                lastModified: FHIRDateTime.format(set.submissionTime))
        case .document(let position):
            guard let published = result.documents[safe: position] else { return Response(status: "200 OK") }
            return Response(
                status: published.alreadyPresent ? "200 OK" : "201 Created", location: historyLocation(published.entry),
                etag: "W/\"\(published.entry.version)\"", lastModified: FHIRDateTime.format(published.entry.registeredAt))
        case .binary(let position):
            guard let published = result.documents[safe: position] else { return Response(status: "200 OK") }
            return Response(
                status: published.alreadyPresent ? "200 OK" : "201 Created",
                location: "Binary/\(published.entry.entryUUID.rawValue)")
        case .folder(let position):
            guard let folder = result.folders[safe: position] else { return Response(status: "200 OK") }
            return Response(
                status: "201 Created", location: "List/\(folder.entryUUID.rawValue)", etag: "W/\"\(folder.version)\"",
                lastModified: FHIRDateTime.format(folder.lastUpdateTime))
        case .supersede(let position):
            let replacing = request.statusUpdates[safe: position].flatMap { result.documents[safe: $0.replacedBy] }
            guard let deprecated = replacing?.deprecated else { return Response(status: "200 OK") }
            return Response(
                status: "200 OK", location: historyLocation(deprecated), etag: "W/\"\(deprecated.version)\"",
                lastModified: FHIRDateTime.format(deprecated.registeredAt))
        }
    }

    /// `DocumentReference/<entryUUID>/_history/<version>`.
    static func historyLocation(_ entry: DocumentEntry) -> String {
        "DocumentReference/\(entry.entryUUID.rawValue)/_history/\(entry.version)"
    }
}

extension Array {
    /// The element at `index`, nil out of range.
    subscript(safe index: Int) -> Element? {
        indices.contains(index) ? self[index] : nil
    }
}
