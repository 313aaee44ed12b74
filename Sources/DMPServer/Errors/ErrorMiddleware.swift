import Hummingbird

/// Turns every error escaping a handler (and the router's own "no route") into a JSON
/// response, so that clients never get Hummingbird's default bodies or a bare 500.
public struct ErrorMiddleware<Context: RequestContext>: RouterMiddleware {
    /// Creates the middleware.
    public init() {}

    /// Passes the request on and answers any error it throws.
    public func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        do {
            return try await next(request, context)
        } catch {
            return DMPErrorResponse.response(for: error, logger: context.logger)
        }
    }
}
