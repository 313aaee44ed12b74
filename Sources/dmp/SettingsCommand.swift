import ArgumentParser
import DMPDomain
import DMPServer
import DMPServices

/// `dmp settings …`: the holder's access controls, applied by the operator at the holder's
/// request (support desk). Each change is traced in the record's history.
struct SettingsCommand: AsyncParsableCommand {
    /// Name, abstract and subcommands.
    static let configuration = CommandConfiguration(
        commandName: "settings",
        abstract: "Show or change a DMP's access controls (authorisations, blocks, médecin traitant, emergency consents, masking, e-mail).",
        subcommands: [Show.self, Change.self])

    /// `dmp settings show`.
    struct Show: AsyncParsableCommand {
        /// Name and abstract.
        static let configuration = CommandConfiguration(abstract: "Print the access controls of a DMP.")
        /// Data folder and database.
        @OptionGroup var global: GlobalOptions
        /// The person.
        @OptionGroup var patient: PatientOptions

        /// Prints the settings.
        func run() async throws {
            try await SettingsCommand.apply(global, patient) { services, key, actor in
                try await services.recordSettings(key, actor: actor)
            }
        }
    }

    /// `dmp settings change`.
    struct Change: AsyncParsableCommand {
        /// Name, abstract and help.
        static let configuration = CommandConfiguration(
            abstract: "Change one access control of a DMP.",
            discussion: "Exactly one change per call, e.g. --block 810999900029, --emergency BTG=deny, --mask-all on.")
        /// Data folder and database.
        @OptionGroup var global: GlobalOptions
        /// The person.
        @OptionGroup var patient: PatientOptions

        @Option(help: "Authorise a professional (IDNPS) to consult.") var authorise: String?
        @Option(help: "Revoke a professional's authorisation (IDNPS).") var revoke: String?
        @Option(help: "Block a professional (IDNPS): no access in any mode.") var block: String?
        @Option(help: "Unblock a professional (IDNPS).") var unblock: String?
        @Option(help: "Designate the médecin traitant (IDNPS), or 'none'.") var attendingPhysician: String?
        @Option(help: "Emergency consent: ETREAT, BTG or MASKED, =permit or =deny (e.g. BTG=deny).") var emergency: String?
        @Option(help: "Mask all documents from professionals, now and future ones: on or off.") var maskAll: String?
        @Option(help: "Holder's notification e-mail address, or 'none'.") var email: String?
        @Option(help: "Declare the patient in care in a structure (StructIdNat): its care team is presumed authorised.") var careTeam: String?
        @Option(help: "End the care of the patient in a structure (StructIdNat).") var endCareTeam: String?

        /// Applies the one change given.
        func run() async throws {
            let changes = [authorise, revoke, block, unblock, attendingPhysician, emergency, maskAll, email, careTeam, endCareTeam].compactMap { $0 }
            guard changes.count == 1 else { throw ValidationError("Give exactly one change.") }
            let (authorise, revoke, block, unblock, attending, emergency, maskAll, email) =
                (authorise, revoke, block, unblock, attendingPhysician, emergency, maskAll, email)
            let (careTeam, endCareTeam) = (careTeam, endCareTeam)
            try await SettingsCommand.apply(global, patient) { services, key, actor in
                if let value = authorise { return try await services.grantAuthorisation(key, to: try IDNPS(value), actor: actor) }
                if let value = revoke { return try await services.revokeAuthorisation(key, of: try IDNPS(value), actor: actor) }
                if let value = block { return try await services.blockProfessional(key, try IDNPS(value), actor: actor) }
                if let value = unblock { return try await services.unblockProfessional(key, try IDNPS(value), actor: actor) }
                if let value = attending {
                    return try await services.designateAttendingPhysician(key, value == "none" ? nil : try IDNPS(value), actor: actor)
                }
                if let value = emergency {
                    let parts = value.split(separator: "=").map(String.init)
                    guard parts.count == 2, let purpose = EmergencyPurpose.all.first(where: { $0.rawValue == parts[0] }),
                          let decision = ConsentDecision(rawValue: parts[1])
                    else { throw ValidationError("Expected ETREAT, BTG or MASKED followed by =permit or =deny.") }
                    return try await services.setEmergencyConsent(key, purpose, to: decision, actor: actor)
                }
                if let value = maskAll { return try await services.setMaskAllDocuments(key, value == "on", actor: actor) }
                if let value = careTeam {
                    return try await services.declareCareTeam(key, structure: try StructureIdentifier(value), structureName: nil, actor: actor)
                }
                if let value = endCareTeam { return try await services.endCareTeam(key, structure: try StructureIdentifier(value), actor: actor) }
                return try await services.setHolderEmail(key, email == "none" ? nil : email, actor: actor)
            }
        }
    }

    /// Runs `change` as the command-line operator and prints the resulting settings.
    static func apply(
        _ global: GlobalOptions, _ patient: PatientOptions,
        _ change: @escaping (DMPServices, PatientKey, Actor) async throws -> RecordSettings
    ) async throws {
        try await global.run { configuration, logger in
            let settings = try await StorageBootstrap.withServices(configuration, logger: logger) { services in
                let person = try services.ins(matricule: patient.ins, authorityOID: patient.authority)
                return try await change(services, PatientKey(person), .system("dmp-cli"))
            }
            Console.print(describe(settings))
        }
    }

    /// The settings as lines of text (identifiers of professionals, never patient data).
    static func describe(_ settings: RecordSettings) -> String {
        var lines = [
            "authorised: \(settings.authorisations.filter { $0.revokedAt == nil }.map(\.professional.value).joined(separator: ", "))",
            "blocked: \(settings.blockedProfessionals.map(\.value).sorted().joined(separator: ", "))",
            "médecin traitant: \(settings.attendingPhysician?.value ?? "none")",
        ]
        lines += EmergencyPurpose.all.map { "emergency \($0.rawValue): \(settings.emergencyConsents.decision(for: $0)?.rawValue ?? "default")" }
        lines.append("mask all documents: \(settings.masksAllDocuments ? "on" : "off")")
        lines.append("notification e-mail: \(settings.holderEmail == nil ? "none" : "set")")
        return lines.joined(separator: "\n")
    }
}
