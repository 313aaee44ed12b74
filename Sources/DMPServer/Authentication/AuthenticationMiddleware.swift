import DMPAuth
import Hummingbird

/// Verifies the bearer token of every request it guards and puts the professional's
/// `Actor` in the context. A missing or invalid token stops the request with an
/// `AuthenticationError`, which the FHIR error middleware turns into a 401 with
/// `WWW-Authenticate`.
struct AuthenticationMiddleware: RouterMiddleware {
    let verifier: TokenVerifier
    /// Paths below the guarded group that need no token (the CapabilityStatement).
    let publicPaths: Set<String>

    func handle(
        _ request: Request, context: AppRequestContext, next: (Request, AppRequestContext) async throws -> Response
    ) async throws -> Response {
        if publicPaths.contains(request.uri.path) { return try await next(request, context) }
        var context = context
        context.actor = try await verifier.actor(fromAuthorizationHeader: request.headers[.authorization])
        return try await next(request, context)
    }
}
