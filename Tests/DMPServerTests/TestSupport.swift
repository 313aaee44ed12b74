import DMPServer
import Foundation
import Logging

/// A fresh folder under the system's temporary directory, removed when the test is done.
struct TemporaryDirectory {
    let url: URL

    init() throws {
        url = FileManager.default.temporaryDirectory.appendingPathComponent("dmp-tests-\(UUID().uuidString)", isDirectory: true)
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    /// Runs `body` with a new folder and removes it afterwards, whatever happens.
    static func with<T>(_ body: (URL) async throws -> T) async throws -> T {
        let directory = try TemporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory.url) }
        return try await body(directory.url)
    }
}

enum TestSupport {
    /// A logger that keeps test output quiet: the use cases log refusals at info level.
    static let logger: Logger = {
        var logger = Logger(label: "dmp.tests")
        logger.logLevel = .warning
        return logger
    }()

    /// The default configuration over a data folder of its own, with no environment.
    static func configuration(dataDirectory: URL, port: Int = 8080) throws -> ServerConfiguration {
        try ServerConfiguration.load(
            overrides: [
                ServerConfiguration.Key.dataDirectory.name: dataDirectory.path,
                ServerConfiguration.Key.httpPort.name: String(port),
                ServerConfiguration.Key.authDevelopment.name: "true",
            ],
            environment: [:])
    }
}
