import DMPDomain
import Hummingbird

/// The request context of the DMP application. Typed, so that what middleware learns about
/// a request (the authenticated actor, once authentication lands) reaches handlers without
/// a dictionary lookup.
public struct AppRequestContext: RequestContext {
    /// Hummingbird's per-request storage (logger, request id, parameters).
    public var coreContext: CoreRequestContextStorage
    /// Who is acting, set by the authentication middleware from a verified token.
    public var actor: Actor?

    /// Creates the context of one request.
    public init(source: Source) {
        coreContext = CoreRequestContextStorage(source: source)
    }
}
