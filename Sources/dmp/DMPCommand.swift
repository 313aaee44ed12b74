import ArgumentParser

/// `dmp`: the root command, which only lists the subcommands. The executable only parses
/// arguments; every command runs library code (DMPServer, DMPServices), where the behaviour
/// is tested.
@main
struct DMPCommand: AsyncParsableCommand {
    /// Name, abstract and help text.
    static let configuration = CommandConfiguration(
        commandName: "dmp",
        abstract: "The DMP (Dossier Médical Partagé) registry and repository: server and administration tool.",
        discussion: """
            Settings come from command-line flags, then DMP_* environment variables, then \
            defaults; `dmp config` lists every setting with its current value.
            Exit status: 0 success, 1 failure, 2 refused by the DMP (bad INS, wrong state…), \
            3 some imported files refused.
            """,
        subcommands: [
            ServeCommand.self, MigrateCommand.self, RecordCommand.self, ImportCommand.self, PurgeCommand.self,
            ConfigCommand.self, TokenCommand.self, AuditCommand.self, SettingsCommand.self,
        ])
}
