import DMPAuth
import DMPDomain
import Foundation
import Hummingbird
import Logging

/// How errors become HTTP responses, in one place: the JSON API uses the bodies below, and
/// the FHIR API will reuse ``status(for:)-swift.type.method`` with an `OperationOutcome` body.
///
/// A `DMPError` is a refusal meant for the caller: its code and message go back as they
/// are (domain messages never carry health data). Anything else is a fault of ours: the
/// caller gets a generic 500 and only the log gets the detail.
public enum DMPErrorResponse {
    /// The JSON body of every error response.
    public struct Body: Codable, Sendable, Hashable {
        /// Machine-readable code (`DOCUMENT_NOT_FOUND`, `NOT_FOUND`, `INTERNAL_ERROR`…).
        public let code: String
        /// A sentence for a person.
        public let message: String

        /// Creates a body.
        public init(code: String, message: String) {
            self.code = code
            self.message = message
        }
    }

    /// The HTTP status of a family of refusals.
    public static func status(for category: DMPError.Code.Category) -> HTTPResponse.Status {
        switch category {
        case .malformed: .badRequest
        case .businessRule: .unprocessableContent
        case .forbidden: .forbidden
        case .notFound: .notFound
        case .conflict: .conflict
        case .tooLarge: .contentTooLarge
        case .unsupportedMediaType: .unsupportedMediaType
        case .preconditionFailed: .preconditionFailed
        }
    }

    /// The response to any error thrown while handling a request.
    public static func response(for error: any Error, logger: Logger) -> Response {
        switch error {
        case let refusal as DMPError:
            return response(status: status(for: refusal.code.category), body: Body(code: refusal.code.rawValue, message: refusal.message))
        case let authentication as AuthenticationError:
            // 401 with the RFC 6750 challenge; the message never carries token text.
            var response = response(status: .unauthorized, body: Body(code: "UNAUTHENTICATED", message: authentication.description))
            response.headers[.wwwAuthenticate] = authentication.wwwAuthenticate
            return response
        case let httpError as HTTPError:
            // Raised by Hummingbird itself (no route, body too large…): its message is ours.
            return response(status: httpError.status, body: Body(code: code(for: httpError.status), message: httpError.body ?? message(for: httpError.status)))
        case let httpError as any HTTPResponseError:
            return response(status: httpError.status, body: Body(code: code(for: httpError.status), message: message(for: httpError.status)))
        default:
            // The detail may be an SQL or file-system message: log it, never send it.
            logger.error("request failed", metadata: ["error": "\(String(reflecting: error))"])
            return response(status: .internalServerError, body: Body(code: "INTERNAL_ERROR", message: "The server could not complete the request."))
        }
    }

    /// A JSON response with `body`.
    public static func response(status: HTTPResponse.Status, body: Body) -> Response {
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        // Encoding two strings cannot fail; the fallback only keeps this non-throwing.
        let data = (try? encoder.encode(body)) ?? Data(#"{"code":"INTERNAL_ERROR","message":""}"#.utf8)
        return Response(
            status: status,
            headers: [.contentType: "application/json; charset=utf-8"],
            body: ResponseBody(byteBuffer: ByteBuffer(bytes: data)))
    }

    /// A stable code for a status raised outside the domain (`NOT_FOUND`, `HTTP_413`…).
    public static func code(for status: HTTPResponse.Status) -> String {
        switch status {
        case .notFound: "NOT_FOUND"
        case .methodNotAllowed: "METHOD_NOT_ALLOWED"
        case .badRequest: "MALFORMED"
        case .contentTooLarge: "TOO_LARGE"
        case .unsupportedMediaType: "UNSUPPORTED_MEDIA_TYPE"
        default: "HTTP_\(status.code)"
        }
    }

    private static func message(for status: HTTPResponse.Status) -> String {
        // No path or parameter is echoed: a URL may carry an INS.
        status == .notFound ? "No such resource." : status.reasonPhrase
    }
}
