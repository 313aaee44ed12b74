import ArgumentParser
import DMPServer

/// `dmp config`: show the effective configuration.
struct ConfigCommand: AsyncParsableCommand {
    /// Name, abstract and help text.
    static let configuration = CommandConfiguration(
        commandName: "config",
        abstract: "Print every setting: current value (database password masked), default, environment variable, meaning.")

    /// Data folder, database and log level.
    @OptionGroup var global: GlobalOptions

    /// Prints the report; an unusable value fails here like at start-up.
    func run() async throws {
        try await global.run { configuration, _ in
            Console.print(configuration.report())
        }
    }
}
