import DMPDomain
import Foundation

/// Imports files one by one, each in its own submission, so that one bad file does not stop
/// the others: a refusal is recorded and the run goes on.
///
/// The importer is a closure (the CLI passes `DMPServices.importFile`) so that the loop and
/// its reporting are tested without the CDA machinery.
public struct ImportRunner {
    /// Imports one file's bytes under its name.
    public typealias Importer = (_ content: Data, _ fileName: String) async throws -> ImportFileOutcome

    private let importer: Importer

    /// Creates a runner over `importer`.
    public init(importer: @escaping Importer) {
        self.importer = importer
    }

    /// Imports `files` in order, calling `progress` after each.
    public func run(_ files: [URL], progress: (ImportProgress) -> Void = { _ in }) async -> ImportReport {
        var report = ImportReport()
        for (index, file) in files.enumerated() {
            var refusal: String?
            do {
                let content = try Data(contentsOf: file)
                let outcome = try await importer(content, file.lastPathComponent)
                report.accepted.append(file)
                if outcome.alreadyPresent { report.alreadyPresent += 1 }
                report.warnings += outcome.warnings.map { ImportReport.Warning(file: file, message: $0) }
            } catch {
                let message = (error as? DMPError)?.description ?? "\(error)"
                report.refused.append(ImportReport.Refusal(file: file, message: message))
                refusal = message
            }
            progress(ImportProgress(done: index + 1, total: files.count, file: file, refusal: refusal))
        }
        return report
    }
}
