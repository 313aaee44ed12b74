import DMPAuth
import DMPDomain
import DMPFHIR
import DMPServices
import Hummingbird
import Logging

/// Builds the DMP HTTP application, as production (`dmp serve`) and tests do alike.
///
/// When `services` is nil the stores are opened and migrated from `configuration`. Either
/// way the application owns the store from now on: it is closed when the application stops.
/// `verifier` defaults to the one the configuration describes (trusted issuers, and the
/// development issuer when enabled).
public func buildApplication(
    _ configuration: ServerConfiguration, services: DMPServices? = nil, verifier: TokenVerifier? = nil, logger: Logger
) async throws -> some ApplicationProtocol {
    let verifier = if let verifier { verifier } else { try await AuthenticationSetup.verifier(configuration, logger: logger) }
    let services = if let services { services } else { try await StorageBootstrap.openServices(configuration, logger: logger) }
    let router = buildRouter(services: services, configuration: configuration, verifier: verifier)
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
    // Added after the store: services stop in reverse order, so the sender stops first.
    if let sender = NotificationSetup.sender(configuration, store: services.store, logger: logger) {
        app.addServices(sender)
    }
    return app
}

/// The routes of the application, over `services`: health, the FHIR API under
/// `configuration.fhirBasePath` and the holder API under `/api/v1/record`, both guarded
/// by `verifier`.
public func buildRouter(
    services: DMPServices, configuration: ServerConfiguration, verifier: TokenVerifier
) -> Router<AppRequestContext> {
    let router = Router(context: AppRequestContext.self)
    router.add(middleware: ErrorMiddleware())
    router.addRoutes(HealthController(database: services.store.kind).endpoints, atPath: "/health")
    let fhir = FHIRController(
        services: services, context: configuration.fhirContext, maximumRequestBytes: configuration.maximumRequestBytes,
        simplifiedPublishDefaults: SimplifiedPublishDefaults(sourceId: configuration.sourceOID, terminology: services.terminology))
    router.group(RouterPath(configuration.fhirBasePath))
        .add(middleware: FHIRErrorMiddleware())
        .add(middleware: AuthenticationMiddleware(verifier: verifier, publicPaths: ["\(configuration.fhirBasePath)/metadata"]))
        .addRoutes(fhir.endpoints)
    router.group(RouterPath(HolderController.basePath))
        .add(middleware: AuthenticationMiddleware(verifier: verifier, publicPaths: []))
        .addRoutes(HolderController(services: services).endpoints)
    return router
}

extension ServerConfiguration {
    /// The absolute URL clients reach the server at.
    public var baseURL: String { publicURL ?? "http://\(host):\(port)" }

    /// How FHIR resources name this server: absolute base and custodian.
    var fhirContext: FHIRServerContext {
        FHIRServerContext(
            baseURL: baseURL + fhirBasePath,
            custodian: Author.Institution(name: "DMP — Dossier Médical Partagé", id: nil, idSystem: nil))
    }
}
