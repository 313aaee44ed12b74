import ArgumentParser
import DMPDomain
import DMPServer

/// `dmp purge`: remove the data of records whose retention period has ended.
struct PurgeCommand: AsyncParsableCommand {
    /// Name, abstract and help text.
    static let configuration = CommandConfiguration(
        commandName: "purge",
        abstract: "Physically remove the data of closed DMPs whose retention period has ended.",
        discussion: "A tombstone of each purged DMP is kept. Safe to run repeatedly (e.g. daily).")

    /// Data folder, database and log level.
    @OptionGroup var global: GlobalOptions

    /// Purges as the command-line operator and prints the counts.
    func run() async throws {
        try await global.run { configuration, logger in
            let report = try await StorageBootstrap.withServices(configuration, logger: logger) { services in
                try await services.purgeExpiredRecords(actor: .system("dmp-cli"))
            }
            Console.print("purged \(report.purgedRecords) record(s), removed \(report.removedBlobs) document file(s)")
        }
    }
}
