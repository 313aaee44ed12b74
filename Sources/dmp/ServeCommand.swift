import Foundation
import ArgumentParser
import DMPDomain
import DMPServer
import DMPServices
import Hummingbird

/// `dmp serve`: migrate, optionally seed the demo data, then run the HTTP server until
/// SIGINT or SIGTERM.
struct ServeCommand: AsyncParsableCommand {
    /// Name, abstract and help text.
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "Run the DMP HTTP server (migrating the database first).",
        discussion: "Stops gracefully on SIGINT (Ctrl-C) or SIGTERM.")

    /// Data folder, database and log level.
    @OptionGroup var global: GlobalOptions

    /// Overrides dmp.http.host.
    @Option(help: "Address to listen on (dmp.http.host, DMP_HTTP_HOST; default 127.0.0.1).")
    var host: String?

    /// Overrides dmp.http.port.
    @Option(help: "Port to listen on, 0 for any free port (dmp.http.port, DMP_HTTP_PORT; default 8080).")
    var port: Int?

    /// Whether to seed the demo data set.
    @Flag(help: "Seed fictitious demo patients, professionals and documents first (idempotent), and trust the development token issuer (`dmp token`).")
    var demo = false

    /// Whether to trust the development issuer without seeding.
    @Flag(name: .customLong("dev-auth"), help: "Trust the development token issuer (dmp.auth.development). Never in production.")
    var developmentAuthentication = false

    /// Opens and migrates the store, seeds on request, then serves until stopped.
    func run() async throws {
        var extra = [ServerConfiguration.Key.httpHost.name: host, ServerConfiguration.Key.httpPort.name: port.map(String.init)]
        if demo || developmentAuthentication { extra[ServerConfiguration.Key.authDevelopment.name] = "true" }
        if demo, ProcessInfo.processInfo.environment["DMP_NOTIFY_TRANSPORT"] == nil {
            // The demo shows its notifications as files under <data dir>/mail.
            extra[ServerConfiguration.Key.notifyTransport.name] = "file"
        }
        try await global.run(extra: extra) { configuration, logger in
            let services = try await StorageBootstrap.openServices(configuration, logger: logger)
            if demo {
                do {
                    let summary = try await DemoData.seed(into: services, actor: .system("dmp-demo"))
                    summary.lines.forEach { Console.print($0) }
                } catch {
                    await services.store.shutdown()
                    throw error
                }
            }
            // From here the application owns the store and closes it when it stops.
            let app = try await buildApplication(configuration, services: services, logger: logger)
            try await app.runService()
        }
    }
}
