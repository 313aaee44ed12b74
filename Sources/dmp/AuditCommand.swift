import ArgumentParser
import DMPServer
import DMPServices

/// `dmp audit`: the audit trail.
struct AuditCommand: AsyncParsableCommand {
    /// Name, abstract and subcommands.
    static let configuration = CommandConfiguration(
        commandName: "audit", abstract: "Audit trail tools.", subcommands: [Verify.self])

    /// `dmp audit verify`.
    struct Verify: AsyncParsableCommand {
        /// Name, abstract and help text.
        static let configuration = CommandConfiguration(
            abstract: "Check every patient's hash-chained audit trail for changed, removed or reordered rows.",
            discussion: "Exit status 0 when intact, 4 when a problem is found (each is printed, with an opaque patient tag).")

        /// Data folder and database.
        @OptionGroup var global: GlobalOptions

        /// Verifies and prints the report.
        func run() async throws {
            try await global.run { configuration, logger in
                let report = try await StorageBootstrap.withServices(configuration, logger: logger) { services in
                    try await services.verifyAuditTrail()
                }
                Console.print("\(report.patients) chains, \(report.rows) rows checked.")
                guard report.isIntact else {
                    report.problems.forEach { Console.printError($0.description) }
                    throw ExitCode(4)
                }
                Console.print("The audit trail is intact.")
            }
        }
    }
}
