import ArgumentParser
import DMPDomain
import DMPServer
import DMPServices

/// `dmp import`: publish CDA and PDF files from the file system, one submission per file.
struct ImportCommand: AsyncParsableCommand {
    /// Name, abstract and help text.
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Import CDA R2 (.xml) and PDF (.pdf) files into the DMP.",
        discussion: """
            A CDA document gives its own patient, type, title, dates and authors. A PDF needs \
            --ins, --type-code and the author options. Each file is published on its own: a \
            refused file does not stop the others. Exit status 3 when some files were refused.
            """)

    /// Data folder, database and log level.
    @OptionGroup var global: GlobalOptions

    /// Files and folders to walk.
    @Argument(help: "Files or folders to import.")
    var paths: [String]

    /// Matricule INS of the patient.
    @Option(help: "Matricule INS of the patient (required for PDF files; for CDA files it must match the header).")
    var ins: String?

    /// The INS authority OID.
    @Option(help: "OID of the INS authority.")
    var authority: String = INSAuthority.nir.oid

    /// typeCode of PDF files.
    @Option(name: .customLong("type-code"), help: "typeCode of PDF files: CODE or CODE^system (e.g. 11488-4).")
    var typeCode: String?

    /// Title of PDF files.
    @Option(help: "Title of PDF files (default: the file name).")
    var title: String?

    /// IDNPS of the author of PDF files.
    @Option(name: .customLong("author-idnps"), help: "IDNPS of the author of PDF files (e.g. 8 + RPPS).")
    var authorIDNPS: String?

    /// Author family name.
    @Option(name: .customLong("author-family"), help: "Family name of the author of PDF files.")
    var authorFamily: String?

    /// Author given name.
    @Option(name: .customLong("author-given"), help: "Given name of the author of PDF files.")
    var authorGiven: String?

    /// Default healthcareFacilityTypeCode.
    @Option(help: "healthcareFacilityTypeCode when a file gives none (JDV_J02 code, e.g. SA07).")
    var facility: String?

    /// Default practiceSettingCode.
    @Option(name: .customLong("practice-setting"), help: "practiceSettingCode when a file gives none (JDV_J04 code, e.g. AMBULATOIRE).")
    var practiceSetting: String?

    /// Whether folders are walked recursively.
    @Flag(inversion: .prefixedNo, help: "Walk folders recursively.")
    var recursive = true

    /// Picks the files, checks the options once, imports each file and prints the summary.
    func run() async throws {
        let arguments = ImportArguments(
            ins: ins, authority: authority, typeCode: typeCode, title: title, authorIDNPS: authorIDNPS,
            authorFamily: authorFamily, authorGiven: authorGiven, facility: facility, practiceSetting: practiceSetting)
        try await global.run { configuration, logger in
            let files = try ImportFileWalker.files(in: paths, recursive: recursive)
            let report = try await StorageBootstrap.withServices(configuration, logger: logger) { services in
                let options = try arguments.options(services: services)
                let actor = Actor.system("dmp-cli")
                let runner = ImportRunner { content, fileName in
                    let imported = try await services.importFile(content, fileName: fileName, options: options, actor: actor)
                    return ImportFileOutcome(
                        alreadyPresent: imported.result.documents.allSatisfy(\.alreadyPresent), warnings: imported.warnings)
                }
                let display = ProgressDisplay(isTerminal: Console.errorIsTerminal)
                let report = await runner.run(files) { display.show($0) }
                display.finish()
                return report
            }
            report.summary.forEach { Console.print($0) }
            if report.exitCode != 0 { throw ExitCode(report.exitCode) }
        }
    }
}
