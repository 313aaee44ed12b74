import DMPStorage
import Hummingbird

/// `GET /health`: tells a load balancer or an operator that the server answers and which
/// database engine it runs on. It reads nothing from the database, so that frequent probes
/// never contend with writers for SQLite's lock.
struct HealthController<Context: RequestContext> {
    /// The engine reported.
    let database: DatabaseKind

    /// The response body.
    struct Status: ResponseEncodable, Decodable, Equatable {
        /// Always `ok` when the server answers.
        let status: String
        /// `sqlite` or `postgres`.
        let database: String
    }

    /// The routes, to mount at `/health`.
    var endpoints: RouteCollection<Context> {
        let routes = RouteCollection(context: Context.self)
        routes.get { _, _ in Status(status: "ok", database: database.rawValue) }
        return routes
    }
}
