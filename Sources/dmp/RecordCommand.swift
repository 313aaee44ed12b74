import ArgumentParser
import DMPDomain
import DMPServer
import DMPServices

/// `dmp record …`: the lifecycle of one person's DMP.
struct RecordCommand: AsyncParsableCommand {
    /// Name, abstract and help text.
    static let configuration = CommandConfiguration(
        commandName: "record",
        abstract: "Create, inspect, close, reopen a DMP or record an opposition.",
        subcommands: [
            RecordCreateCommand.self, RecordStatusCommand.self, RecordCloseCommand.self, RecordReopenCommand.self,
            RecordOpposeCommand.self, RecordExportCommand.self,
        ])
}

/// The person a record command is about.
struct PatientOptions: ParsableArguments {
    /// The matricule INS.
    @Option(help: "Matricule INS (15 characters: NIR or NIA with its key).")
    var ins: String

    /// The INS authority OID.
    @Option(help: "OID of the INS authority: 1.2.250.1.213.1.4.8 NIR, .9 NIA, .10 test, .11 demo.")
    var authority: String = INSAuthority.nir.oid

    /// Opens the services, validates the INS and runs `action` as the command-line
    /// operator, printing the record it returns.
    func run(
        _ global: GlobalOptions, _ action: @escaping (DMPServices, INS, Actor) async throws -> Record?
    ) async throws {
        try await global.run { configuration, logger in
            let record = try await StorageBootstrap.withServices(configuration, logger: logger) { services in
                let person = try services.ins(matricule: ins, authorityOID: authority)
                return try await action(services, person, .system("dmp-cli"))
            }
            Console.print(RecordStatusText.describe(record))
        }
    }
}
