import ArgumentParser
import DMPDomain
import DMPServer
import DMPServices
import Foundation

/// `dmp record export`: everything a DMP holds, for its holder (right of access).
struct RecordExportCommand: AsyncParsableCommand {
    /// Name, abstract and help text.
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Export a DMP for its holder: record.json (record, settings, every metadata version, lists, history) and documents/<sha256>.",
        discussion: "Documents hidden from the holder (INVISIBLE_PATIENT) are left out. The folder must not exist.")

    /// Data folder, database and log level.
    @OptionGroup var global: GlobalOptions
    /// The person.
    @OptionGroup var patient: PatientOptions

    /// Where to write.
    @Option(help: "Folder to create with the export.")
    var to: String

    /// Writes the export.
    func run() async throws {
        let destination = URL(fileURLWithPath: to)
        try await global.run { configuration, logger in
            guard !FileManager.default.fileExists(atPath: destination.path) else {
                throw ValidationError("\(destination.path) already exists.")
            }
            let (export, files) = try await StorageBootstrap.withServices(configuration, logger: logger) { services in
                let person = try services.ins(matricule: patient.ins, authorityOID: patient.authority)
                return try await services.exportRecord(PatientKey(person), actor: .system("dmp-cli"))
            }
            let documents = destination.appendingPathComponent("documents")
            try FileManager.default.createDirectory(at: documents, withIntermediateDirectories: true)
            for (sha256, file) in files {
                try FileManager.default.copyItem(at: file, to: documents.appendingPathComponent(sha256))
            }
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
            encoder.dateEncodingStrategy = .iso8601
            try encoder.encode(export).write(to: destination.appendingPathComponent("record.json"))
            Console.print("Exported \(export.documents.count) document versions (\(files.count) files) to \(destination.path).")
        }
    }
}
