import DMPFHIR
import Foundation
import Hummingbird

/// The HTTP side of FHIR exchanges: bodies in and out, media types, query strings.
enum FHIRHTTP {
    /// Media type of every FHIR JSON response.
    static let mediaType = "application/fhir+json; charset=utf-8"

    /// A FHIR JSON response.
    static func response(
        _ resource: FHIRResource, status: HTTPResponse.Status = .ok, headers: HTTPFields = [:]
    ) -> Response {
        var fields = headers
        fields[.contentType] = mediaType
        return Response(status: status, headers: fields, body: ResponseBody(byteBuffer: ByteBuffer(bytes: FHIRJSON.encode(resource))))
    }

    /// The `OperationOutcome` response of `error`.
    static func response(for error: FHIRError, headers: HTTPFields = [:]) -> Response {
        response(.operationOutcome(error.operationOutcome), status: HTTPResponse.Status(code: error.status), headers: headers)
    }

    /// The whole body, refused with 413 beyond `limit` bytes.
    static func body(of request: Request, limit: Int) async throws -> Data {
        let buffer = try await request.body.collect(upTo: limit)
        return Data(buffer.readableBytesView)
    }

    /// Refuses a body whose media type is not one of `accepted` (415), naming what is.
    static func requireMediaType(_ request: Request, _ accepted: [String]) throws(FHIRError) {
        let declared = request.headers[.contentType]?.split(separator: ";").first.map {
            $0.trimmingCharacters(in: .whitespaces).lowercased()
        }
        guard let declared, accepted.contains(declared) else {
            throw FHIRError(
                status: 415, issueType: .notSupported, condition: FHIRError.Condition("UNSUPPORTED_MEDIA_TYPE"),
                diagnostics: "This request takes \(accepted.joined(separator: " or ")); it was sent as \(declared ?? "no media type").")
        }
    }

    /// Query parameters in order, repeats kept (`a=1&a=2` is an AND in FHIR search).
    static func parameters(query: String?) -> [SearchParameter] {
        guard let query, !query.isEmpty else { return [] }
        return query.split(separator: "&").compactMap { pair in
            let parts = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false).map(String.init)
            guard let name = decode(parts[0]), !name.isEmpty else { return nil }
            return SearchParameter(name, parts.count > 1 ? decode(parts[1]) ?? parts[1] : "")
        }
    }

    /// Parameters of an `application/x-www-form-urlencoded` body (`POST _search`).
    static func parameters(form data: Data) -> [SearchParameter] {
        parameters(query: String(decoding: data, as: UTF8.self).replacingOccurrences(of: "+", with: " "))
    }

    private static func decode(_ text: String) -> String? { text.removingPercentEncoding }
}
