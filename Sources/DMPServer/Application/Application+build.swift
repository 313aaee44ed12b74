import DMPServices
import Hummingbird
import Logging

/// Builds the DMP HTTP application, as production (`dmp serve`) and tests do alike.
///
/// When `services` is nil the stores are opened and migrated from `configuration`. Either
/// way the application owns the store from now on: it is closed when the application stops.
public func buildApplication(
    _ configuration: ServerConfiguration, services: DMPServices? = nil, logger: Logger
) async throws -> some ApplicationProtocol {
    let services = if let services { services } else { try await StorageBootstrap.openServices(configuration, logger: logger) }
    let router = buildRouter(services: services)
    var app = Application(
        router: router,
        configuration: ApplicationConfiguration(
            address: .hostname(configuration.host, port: configuration.port), serverName: "DMP"),
        onServerRunning: { channel in
            // The bound address, which differs from the configured one when the port is 0.
            let address = channel.localAddress
            logger.notice("DMP listening on http://\(address?.ipAddress ?? configuration.host):\(address?.port ?? configuration.port)")
        },
        logger: logger)
    app.addServices(StoreService(store: services.store))
    return app
}

/// The routes of the application, over `services`.
public func buildRouter(services: DMPServices) -> Router<AppRequestContext> {
    let router = Router(context: AppRequestContext.self)
    router.add(middleware: ErrorMiddleware())
    router.addRoutes(HealthController(database: services.store.kind).endpoints, atPath: "/health")
    return router
}
