import Hummingbird

/// The request context of the DMP application. Typed, so that what middleware learns about
/// a request (the authenticated actor, once authentication lands) reaches handlers without
/// a dictionary lookup.
public struct AppRequestContext: RequestContext {
    /// Hummingbird's per-request storage (logger, request id, parameters).
    public var coreContext: CoreRequestContextStorage

    /// Creates the context of one request.
    public init(source: Source) {
        coreContext = CoreRequestContextStorage(source: source)
    }
}
