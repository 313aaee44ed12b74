import DMPFHIR
import Foundation

/// The shared test corpus, read at run time from `../shared/test-corpus` beside the package
/// root, or from `DMP_TEST_CORPUS`. Never copied into the repository.
enum FHIRCorpus {
    static let root: URL = {
        if let path = ProcessInfo.processInfo.environment["DMP_TEST_CORPUS"] {
            return URL(fileURLWithPath: path)
        }
        // Tests/DMPFHIRTests/Support/FHIRCorpus.swift → the package root is four levels up.
        var package = URL(fileURLWithPath: #filePath)
        for _ in 0..<4 { package.deleteLastPathComponent() }
        return package.deletingLastPathComponent().appendingPathComponent("shared/test-corpus")
    }()

    /// Bytes of a corpus file.
    static func data(_ relative: String) throws -> Data {
        try Data(contentsOf: root.appendingPathComponent(relative))
    }

    /// A corpus Bundle.
    static func bundle(_ relative: String) throws -> FHIRBundle {
        try FHIRJSON.decode(FHIRBundle.self, from: data(relative))
    }

    /// A corpus DocumentReference.
    static func documentReference(_ relative: String) throws -> FHIRDocumentReference {
        try FHIRJSON.decode(FHIRDocumentReference.self, from: data(relative))
    }
}

/// Dates of the corpus, written as in the files.
enum Instant {
    static func at(_ text: String) -> Date {
        guard let value = FHIRDateTime(text) else { fatalError("bad test date \(text)") }
        return value.start
    }
}
