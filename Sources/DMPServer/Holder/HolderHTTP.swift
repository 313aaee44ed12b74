import DMPDomain
import Foundation
import Hummingbird

/// The HTTP side of the holder API: JSON bodies in (media type, size, shape checked) and
/// out, query values, path parameters. Every refusal is a `DMPError`, which the JSON error
/// middleware answers.
enum HolderHTTP {
    /// Largest request body accepted, in bytes (413 beyond).
    static let maximumBodyBytes = 64 * 1024

    /// The body of `request` decoded as `T`: `application/json` required (415), at most
    /// `maximumBodyBytes` (413), well-formed JSON of the expected shape (400).
    static func body<T: Decodable>(_ type: T.Type, of request: Request) async throws -> T {
        let declared = request.headers[.contentType]?.split(separator: ";").first.map {
            $0.trimmingCharacters(in: .whitespaces).lowercased()
        }
        guard declared == "application/json" else {
            throw DMPError(.unsupportedMediaType, "This request takes application/json; it was sent as \(declared ?? "no media type").")
        }
        let buffer = try await request.body.collect(upTo: maximumBodyBytes)
        do {
            return try decoder.decode(T.self, from: Data(buffer.readableBytesView))
        } catch {
            throw DMPError(.malformed, "The body is not the JSON object this request takes (see docs/holder-api.md).")
        }
    }

    /// A JSON response of `value` (sorted keys, ISO 8601 dates).
    static func response(_ value: some Encodable, status: HTTPResponse.Status = .ok) throws -> Response {
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        encoder.dateEncodingStrategy = .iso8601
        return Response(
            status: status, headers: [.contentType: "application/json; charset=utf-8"],
            body: ResponseBody(byteBuffer: ByteBuffer(bytes: try encoder.encode(value))))
    }

    /// The `name` path parameter.
    static func parameter(_ name: String, _ context: AppRequestContext) throws(DMPError) -> String {
        guard let value = context.parameters.get(name), !value.isEmpty else {
            throw DMPError(.malformed, "The path lacks its \(name).")
        }
        return value
    }

    /// A validated IDNPS from a body or the path (422 when it is not one).
    static func idnps(_ raw: String) throws(DMPError) -> IDNPS {
        do { return try IDNPS(raw) } catch {
            throw DMPError(.invalidIdentifier, "The idnps is not a valid national professional identifier.", element: "idnps")
        }
    }

    /// An ISO 8601 instant from a query value (400 when it is not one).
    static func date(_ raw: String?, name: String) throws(DMPError) -> Date? {
        guard let raw else { return nil }
        guard let date = ISO8601DateFormatter().date(from: raw) else {
            throw DMPError(.malformed, "The \(name) parameter must be an ISO 8601 instant (2025-01-31T00:00:00Z).", element: name)
        }
        return date
    }

    /// A non-negative integer from a query value (400 when it is not one).
    static func integer(_ raw: String?, name: String) throws(DMPError) -> Int? {
        guard let raw else { return nil }
        guard let value = Int(raw), value >= 0 else {
            throw DMPError(.malformed, "The \(name) parameter must be a non-negative integer.", element: name)
        }
        return value
    }

    private static var decoder: JSONDecoder {
        let decoder = JSONDecoder()
        decoder.dateDecodingStrategy = .iso8601
        return decoder
    }
}
