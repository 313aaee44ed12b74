import ArgumentParser
import DMPServer
import Logging

/// Options every command accepts, mapped onto the configuration keys; a flag wins over the
/// environment variable of the same setting.
struct GlobalOptions: ParsableArguments {
    /// Overrides dmp.data.dir.
    @Option(name: .customLong("data-dir"), help: "Data folder: SQLite file and documents (dmp.data.dir, DMP_DATA_DIR; default ./dmp-data).")
    var dataDirectory: String?

    /// Overrides dmp.database.url.
    @Option(name: .customLong("database-url"), help: "postgres://user:password@host:port/db or sqlite:<path> (dmp.database.url, DMP_DATABASE_URL).")
    var databaseURL: String?

    /// Overrides dmp.log.level.
    @Option(name: .customLong("log-level"), help: "trace, debug, info, notice, warning, error or critical (dmp.log.level, DMP_LOG_LEVEL; default info).")
    var logLevel: String?

    /// The flags given, by configuration key.
    var overrides: [String: String] {
        var values: [String: String] = [:]
        values[ServerConfiguration.Key.dataDirectory.name] = dataDirectory
        values[ServerConfiguration.Key.databaseURL.name] = databaseURL
        values[ServerConfiguration.Key.logLevel.name] = logLevel
        return values
    }

    /// Loads the configuration (these flags and `extra` ones over the environment), sets up
    /// logging on standard error, and runs `body`. Errors become one line on standard error
    /// and the exit status of ``CommandFailure``.
    func run(
        extra: [String: String?] = [:], _ body: (ServerConfiguration, Logger) async throws -> Void
    ) async throws {
        do {
            var values = overrides
            for (key, value) in extra { values[key] = value }
            let configuration = try ServerConfiguration.load(overrides: values)
            LoggingSystem.bootstrap { label in
                var handler = StreamLogHandler.standardError(label: label)
                handler.logLevel = configuration.logLevel
                return handler
            }
            try await body(configuration, Logger(label: "dmp"))
        } catch let exit as ExitCode {
            throw exit
        } catch {
            Console.printError(CommandFailure.message(for: error))
            throw ExitCode(CommandFailure.exitCode(for: error))
        }
    }
}
