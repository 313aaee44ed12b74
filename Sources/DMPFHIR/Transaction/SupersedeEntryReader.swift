import DMPDomain
import DMPServices
import Foundation

/// Reads a transaction entry that sets an existing DocumentReference to `superseded`: a
/// PATCH carrying a FHIRPath Patch (`Parameters`, PDSM4DMP TD2.1) or a JSON Patch
/// (`Binary` of type `application/json-patch+json`), or a PUT of the DocumentReference.
/// Anything but `status = superseded` is refused: other changes go through the PATCH
/// endpoint, one document at a time.
struct SupersedeEntryReader {
    /// Where defects go.
    let log: IssueLog

    /// The document the entry sets to superseded, or nil (defect logged).
    func target(of entry: FHIRBundle.Entry, at path: FHIRPath) -> DocumentTarget? {
        log.attempt { () throws(FHIRError) in
            let target = try Self.target(url: entry.request?.url, at: path("request")("url"))
            try checkContent(entry, at: path)
            return target
        }
    }

    /// `DocumentReference/<id>`, or `DocumentReference?identifier=[system|]<urn>` (PDSm
    /// conditional patch on the business identifier).
    static func target(url: String?, at path: FHIRPath) throws(FHIRError) -> DocumentTarget {
        guard let url else { throw .missing(path) }
        if let id = RelatesToReader.resourceID(url, type: FHIRDocumentReference.resourceType), !url.contains("?") {
            return .entryUUID(EntryUUID(rawValue: id))
        }
        let prefix = "DocumentReference?identifier="
        if url.hasPrefix(prefix), let token = String(url.dropFirst(prefix.count)).removingPercentEncoding {
            let value = token.split(separator: "|", maxSplits: 1, omittingEmptySubsequences: false).last.map(String.init) ?? ""
            if value.lowercased().hasPrefix(IdentifierMapping.uuidPrefix) {
                return .logicalId(LogicalID(rawValue: IdentifierMapping.strippingURNScheme(value)))
            }
            if !value.isEmpty { return .uniqueId(IdentifierMapping.strippingURNScheme(value)) }
        }
        throw .invalid("The document to update must be DocumentReference/<id> or DocumentReference?identifier=<urn>.", at: path)
    }

    private func checkContent(_ entry: FHIRBundle.Entry, at path: FHIRPath) throws(FHIRError) {
        let resourcePath = path("resource")
        var current = FHIRDocumentReference()
        current.status = "current"
        switch entry.resource {
        case .parameters(let parameters)?:
            let operations = try FHIRPathPatchTranslator(current: current).operations(parameters)
            try Self.checkOnlySupersedes(operations, at: resourcePath)
        case .binary(let binary)?:
            guard binary.contentType == "application/json-patch+json" else {
                throw .invalid("A JSON Patch is sent as a Binary of type application/json-patch+json.", at: resourcePath("contentType"))
            }
            guard let data = binary.data.flatMap(HexBase64.data(fromBase64:)) else {
                throw .invalid("Binary.data is not valid base64.", at: resourcePath("data"))
            }
            let operations: [JSONPatchOperation]
            do {
                operations = try JSONDecoder().decode([JSONPatchOperation].self, from: data)
            } catch {
                throw FHIRJSON.error(from: error, root: resourcePath("data").rawValue)
            }
            try Self.checkOnlySupersedes(operations, at: resourcePath)
        case .documentReference(let document)? where entry.request?.method == "PUT":
            guard document.status == "superseded" else {
                throw .patchNotAllowed(element: "status", at: resourcePath("status"))
            }
        default:
            throw FHIRError(
                status: 422, issueType: .notSupported, condition: .notSupported,
                diagnostics: "A PATCH entry carries a Parameters (FHIRPath Patch) or a Binary (JSON Patch).",
                expression: resourcePath.rawValue)
        }
    }

    private static func checkOnlySupersedes(_ operations: [JSONPatchOperation], at path: FHIRPath) throws(FHIRError) {
        let changes = operations.filter { $0.op != "test" }
        guard !changes.isEmpty, changes.allSatisfy({
            $0.op == "replace" && $0.path == "/status" && $0.value == .string("superseded")
        }) else {
            throw FHIRError(
                status: 405, issueType: .notSupported, condition: .patchElementNotAllowed,
                diagnostics: "In a transaction, a patch may only set the status of a replaced document to superseded.",
                expression: path.rawValue)
        }
    }
}
