import ArgumentParser
import DMPDomain

/// `dmp record create`.
struct RecordCreateCommand: AsyncParsableCommand {
    /// Name, abstract and help text.
    static let configuration = CommandConfiguration(
        commandName: "create", abstract: "Create the DMP of a person (or withdraw an opposition made without data).")

    /// Data folder, database and log level.
    @OptionGroup var global: GlobalOptions
    /// The person (INS and authority).
    @OptionGroup var patient: PatientOptions

    /// Applies the change as the command-line operator and prints the record.
    func run() async throws {
        try await patient.run(global) { services, ins, actor in try await services.createRecord(ins, actor: actor) }
    }
}

/// `dmp record status`.
struct RecordStatusCommand: AsyncParsableCommand {
    /// Name, abstract and help text.
    static let configuration = CommandConfiguration(
        commandName: "status", abstract: "Print the state and dates of a person's DMP, or \"no DMP\".")

    /// Data folder, database and log level.
    @OptionGroup var global: GlobalOptions
    /// The person (INS and authority).
    @OptionGroup var patient: PatientOptions

    /// Applies the change as the command-line operator and prints the record.
    func run() async throws {
        try await patient.run(global) { services, ins, actor in try await services.recordStatus(ins, actor: actor) }
    }
}

/// `dmp record close`.
struct RecordCloseCommand: AsyncParsableCommand {
    /// Name, abstract and help text.
    static let configuration = CommandConfiguration(
        commandName: "close", abstract: "Close a DMP at its holder's request; its data are kept for the retention period.")

    /// Data folder, database and log level.
    @OptionGroup var global: GlobalOptions
    /// The person (INS and authority).
    @OptionGroup var patient: PatientOptions

    /// Why the holder closes the DMP.
    @Option(help: "The holder's reason for closing (required).")
    var reason: String

    /// Applies the change as the command-line operator and prints the record.
    func run() async throws {
        let reason = reason
        try await patient.run(global) { services, ins, actor in
            try await services.closeRecord(ins, reason: reason, actor: actor)
        }
    }
}

/// `dmp record reopen`.
struct RecordReopenCommand: AsyncParsableCommand {
    /// Name, abstract and help text.
    static let configuration = CommandConfiguration(
        commandName: "reopen", abstract: "Reopen a closed DMP with everything it held.")

    /// Data folder, database and log level.
    @OptionGroup var global: GlobalOptions
    /// The person (INS and authority).
    @OptionGroup var patient: PatientOptions

    /// Applies the change as the command-line operator and prints the record.
    func run() async throws {
        try await patient.run(global) { services, ins, actor in try await services.reopenRecord(ins, actor: actor) }
    }
}

/// `dmp record oppose`.
struct RecordOpposeCommand: AsyncParsableCommand {
    /// Name, abstract and help text.
    static let configuration = CommandConfiguration(
        commandName: "oppose",
        abstract: "Record a person's opposition to the DMP (closing an existing one; no DMP will be created automatically).")

    /// Data folder, database and log level.
    @OptionGroup var global: GlobalOptions
    /// The person (INS and authority).
    @OptionGroup var patient: PatientOptions

    /// Applies the change as the command-line operator and prints the record.
    func run() async throws {
        try await patient.run(global) { services, ins, actor in try await services.opposeRecord(ins, actor: actor) }
    }
}
