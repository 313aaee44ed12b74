import ArgumentParser
import DMPAuth
import DMPDomain
import DMPServer

/// `dmp token`: mints a bearer token from the development issuer of the data folder, for a
/// test professional, so that FHIR clients can be tried against `dmp serve --demo` (or any
/// server started with `dmp.auth.development` on). Never for production.
struct TokenCommand: AsyncParsableCommand {
    /// Name, abstract and help text.
    static let configuration = CommandConfiguration(
        commandName: "token",
        abstract: "Mint a development bearer token for a test professional.",
        discussion: """
            The token is signed by the development issuer whose key lives in <data dir>/dev-issuer-key.pem \
            (created on first use); only a server with dmp.auth.development on trusts it. \
            Professionals: \(DevelopmentProfessionals.all.map(\.handle).joined(separator: ", ")).
            Example: curl -H "Authorization: Bearer $(dmp token --professional gp)" http://127.0.0.1:8080/fhir/metadata
            """)

    /// Data folder (where the development key lives).
    @OptionGroup var global: GlobalOptions

    /// Which test professional.
    @Option(help: "Test professional: \(DevelopmentProfessionals.all.map(\.handle).joined(separator: ", ")) (default gp).")
    var professional: String?

    /// Matricule of a record holder: mints a holder token instead of a professional one.
    @Option(help: "Mint a token for the holder of this INS matricule instead of a professional.")
    var holder: String?

    /// INS authority of `--holder`.
    @Option(help: "INS authority OID of --holder (default NIR 1.2.250.1.213.1.4.8).")
    var authority = INSAuthority.nir.oid

    /// Display name of the holder.
    @Option(help: "Display name of --holder.")
    var name = "Titulaire"

    /// TRE_R248 access mode.
    @Option(help: "Access mode: normal, bris_de_glace (needs --reason) or centre_15 (SAMU regulator only).")
    var mode = "normal"

    /// Break-the-glass reason.
    @Option(help: "Written reason of an emergency access (mandatory for bris_de_glace).")
    var reason: String?

    /// Validity in seconds.
    @Option(help: "Lifetime of the token in seconds.")
    var lifetime = 3600

    /// Prints the token on standard output.
    func run() async throws {
        if let holder {
            guard professional == nil else { throw ValidationError("--holder and --professional are mutually exclusive.") }
            try await mintHolder(holder)
            return
        }
        let professional = self.professional ?? "gp"
        try await global.run { configuration, _ in
            guard let who = DevelopmentProfessionals.named(professional) else {
                throw ValidationError("Unknown professional '\(professional)'; choose one of \(DevelopmentProfessionals.all.map(\.handle).joined(separator: ", ")).")
            }
            guard let accessMode = AccessMode(code: mode) else {
                throw ValidationError("Unknown access mode '\(mode)'; choose normal, bris_de_glace or centre_15.")
            }
            let issuer = try AuthenticationSetup.developmentIssuer(configuration)
            let token = try await issuer.mintToken(for: who, mode: accessMode, reason: reason, lifetime: .seconds(lifetime))
            Console.print(token)
        }
    }

    /// Prints a holder token for the INS `matricule` of `--authority`.
    private func mintHolder(_ matricule: String) async throws {
        let ins: INS
        do { ins = try INS(matricule: matricule, authorityOID: authority) } catch {
            throw ValidationError("Invalid INS: \(error)")
        }
        try await global.run { configuration, _ in
            let issuer = try AuthenticationSetup.developmentIssuer(configuration)
            Console.print(try await issuer.mintHolderToken(ins: ins, displayName: name, lifetime: .seconds(lifetime)))
        }
    }
}
