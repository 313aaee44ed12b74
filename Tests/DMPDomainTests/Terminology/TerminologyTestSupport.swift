import DMPDomain
import Foundation
import Testing

/// Locations of the test inputs that live outside the test target.
enum TerminologyTestSupport {
    /// The package root: the nearest directory above this file holding a Package.swift.
    /// In the DMP package that is four levels up from this file.
    static let packageRoot: URL = {
        var url = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        while url.path != "/" {
            if FileManager.default.fileExists(atPath: url.appendingPathComponent("Package.swift").path) {
                return url
            }
            url.deleteLastPathComponent()
        }
        return URL(fileURLWithPath: #filePath)
            .deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent()
    }()

    /// The terminology JSON files as they are in the source tree (the same bytes the
    /// bundle holds), used to build directory copies.
    static var resourcesDirectory: URL {
        packageRoot.appendingPathComponent("Sources/DMPDomain/Resources/terminology")
    }

    /// `shared/test-corpus` beside the package, or `$DMP_TEST_CORPUS` when it is elsewhere.
    static func corpusDirectory() throws -> URL {
        let beside = packageRoot.appendingPathComponent("../shared/test-corpus").standardizedFileURL
        if FileManager.default.fileExists(atPath: beside.path) { return beside }
        let fromEnvironment = try #require(
            ProcessInfo.processInfo.environment["DMP_TEST_CORPUS"],
            "test corpus not found at \(beside.path) and DMP_TEST_CORPUS is not set")
        return URL(fileURLWithPath: fromEnvironment)
    }

    /// A fresh temporary directory holding a copy of every terminology file.
    static func copyOfResources() throws -> URL {
        let directory = FileManager.default.temporaryDirectory
            .appendingPathComponent("dmp-terminology-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        for name in Terminology.fileNames {
            try FileManager.default.copyItem(
                at: resourcesDirectory.appendingPathComponent(name),
                to: directory.appendingPathComponent(name))
        }
        return directory
    }
}
