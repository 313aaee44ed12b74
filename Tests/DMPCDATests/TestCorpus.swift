import Foundation

/// Locates the shared, read-only test corpus (never copied into the repository).
///
/// The package root is three levels above this file; the corpus is `<root>/../shared/test-corpus`.
/// When the package is built through a symlinked copy, the same path is also tried from the
/// file's resolved location, and finally from the environment variable `DMP_TEST_CORPUS`.
enum TestCorpus {
    static let root: URL? = {
        let file = URL(fileURLWithPath: #filePath)
        var candidates = [file, file.resolvingSymlinksInPath()].map { url in
            url.deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
                .appendingPathComponent("..").appendingPathComponent("shared").appendingPathComponent("test-corpus")
                .standardizedFileURL
        }
        if let fromEnvironment = ProcessInfo.processInfo.environment["DMP_TEST_CORPUS"], !fromEnvironment.isEmpty {
            candidates.append(URL(fileURLWithPath: fromEnvironment))
        }
        return candidates.first { url in
            var isDirectory: ObjCBool = false
            return FileManager.default.fileExists(atPath: url.appendingPathComponent("cda").path, isDirectory: &isDirectory)
                && isDirectory.boolValue
        }
    }()

    struct Missing: Error, CustomStringConvertible {
        var description: String {
            "test corpus not found: expected <package root>/../shared/test-corpus, or set DMP_TEST_CORPUS"
        }
    }

    /// The URL of `relativePath` (e.g. `cda/ans/VAC_2023.01.xml`) inside the corpus.
    static func url(_ relativePath: String) throws -> URL {
        guard let root else { throw Missing() }
        return root.appendingPathComponent(relativePath)
    }

    /// The bytes of `relativePath` inside the corpus.
    static func data(_ relativePath: String) throws -> Data {
        try Data(contentsOf: url(relativePath))
    }

    /// The `.xml` files of a corpus directory (e.g. `cda/ans`), as corpus-relative paths, sorted.
    static func xmlFiles(in directory: String) throws -> [String] {
        let names = try FileManager.default.contentsOfDirectory(atPath: url(directory).path)
        return names.filter { $0.hasSuffix(".xml") }.sorted().map { "\(directory)/\($0)" }
    }
}
