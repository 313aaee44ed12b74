import Foundation

/// The shared test corpus, read at run time from `../shared/test-corpus` beside the package
/// (or `DMP_TEST_CORPUS`). It is never copied into the repository.
public enum TestCorpus {
    public static let root: URL = {
        if let path = ProcessInfo.processInfo.environment["DMP_TEST_CORPUS"] {
            return URL(fileURLWithPath: path)
        }
        // Tests/DMPTestSupport/TestCorpus.swift → the package root is three levels up.
        let package = URL(fileURLWithPath: #filePath)
            .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        return package.deletingLastPathComponent().appendingPathComponent("shared/test-corpus")
    }()

    public static func url(_ relative: String) -> URL { root.appendingPathComponent(relative) }

    public static func data(_ relative: String) throws -> Data { try Data(contentsOf: url(relative)) }

    /// The name of the first element, skipping the prolog, processing instructions and comments.
    public static func rootElementName(_ text: String) -> String? {
        var rest = Substring(text)
        while let open = rest.firstIndex(of: "<") {
            rest = rest[open...]
            if rest.hasPrefix("<?") {
                guard let end = rest.range(of: "?>") else { return nil }
                rest = rest[end.upperBound...]
            } else if rest.hasPrefix("<!--") {
                guard let end = rest.range(of: "-->") else { return nil }
                rest = rest[end.upperBound...]
            } else {
                let name = rest.dropFirst().prefix { !$0.isWhitespace && $0 != ">" && $0 != "/" }
                return String(name.split(separator: ":").last ?? name)
            }
        }
        return nil
    }

    /// Every file of the French CDA examples whose root is a ClinicalDocument.
    public static var clinicalDocuments: [String] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: url("cda/ans").path)) ?? []
        return names.filter { $0.hasSuffix(".xml") }.sorted().filter { name in
            guard let data = try? data("cda/ans/\(name)"), let text = String(data: data, encoding: .utf8) else { return false }
            return rootElementName(text) == "ClinicalDocument"
        }
    }
}
