import DMPAuth
import DMPDomain
import DMPFHIR
import Hummingbird
import Logging

/// Every error of the FHIR API becomes an `OperationOutcome` with the right status:
/// refusals of the services (`DMPError`), FHIR parse errors, authentication failures (401
/// with `WWW-Authenticate`), Hummingbird's own errors (413, 404…). Anything else is a 500
/// whose detail goes to the log only.
struct FHIRErrorMiddleware: RouterMiddleware {
    typealias Context = AppRequestContext

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        do {
            return try await next(request, context)
        } catch {
            return Self.response(for: error, logger: context.logger)
        }
    }

    static func response(for error: any Error, logger: Logger) -> Response {
        switch error {
        case let fhir as FHIRError:
            return FHIRHTTP.response(for: fhir)
        case let refusal as DMPError:
            return FHIRHTTP.response(for: FHIRError(refusal))
        case let authentication as AuthenticationError:
            var outcome = FHIRError.unauthenticated
            outcome.diagnostics = authentication.description
            return FHIRHTTP.response(for: outcome, headers: [.wwwAuthenticate: authentication.wwwAuthenticate])
        case let http as HTTPError:
            return FHIRHTTP.response(for: outcome(status: http.status, message: http.body))
        case let http as any HTTPResponseError:
            return FHIRHTTP.response(for: outcome(status: http.status, message: nil))
        default:
            logger.error("FHIR request failed", metadata: ["error": "\(String(reflecting: error))"])
            return FHIRHTTP.response(for: .internalError)
        }
    }

    private static func outcome(status: HTTPResponse.Status, message: String?) -> FHIRError {
        switch status {
        case .notFound: return .notFound
        case .contentTooLarge:
            return FHIRError(
                status: 413, issueType: .tooCostly, condition: FHIRError.Condition("TOO_LARGE"),
                diagnostics: "The request body is larger than this server accepts.")
        case .methodNotAllowed:
            return FHIRError(status: 405, issueType: .notSupported, condition: FHIRError.Condition("METHOD_NOT_ALLOWED"), diagnostics: "Method not allowed.")
        default:
            return FHIRError(
                status: Int(status.code), issueType: status.code < 500 ? .invalid : .processing,
                condition: FHIRError.Condition(DMPErrorResponse.code(for: status)), diagnostics: message ?? status.reasonPhrase)
        }
    }
}
