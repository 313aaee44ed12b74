import ArgumentParser
import DMPServer

/// `dmp migrate`: bring the database schema up to date.
struct MigrateCommand: AsyncParsableCommand {
    /// Name, abstract and help text.
    static let configuration = CommandConfiguration(
        commandName: "migrate",
        abstract: "Apply pending database migrations and print their names.")

    /// Data folder, database and log level.
    @OptionGroup var global: GlobalOptions

    /// Migrates and lists what was applied.
    func run() async throws {
        try await global.run { configuration, logger in
            let applied = try await StorageBootstrap.migrate(configuration, logger: logger)
            Console.print(applied.isEmpty ? "up to date" : applied.joined(separator: "\n"))
        }
    }
}
