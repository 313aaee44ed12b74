import DMPServer
import Foundation
import Testing

@Suite("dmp import file walker")
struct ImportFileWalkerTests {
    /// root/ a.xml B.PDF notes.txt .DS_Store ._a.pdf
    ///       sub/ c.xml d.pdf image.jpg  sub/deeper/ e.XML
    ///       .git/ f.xml
    private func makeTree(in root: URL) throws {
        let files = [
            "a.xml", "B.PDF", "notes.txt", ".DS_Store", "._a.pdf",
            "sub/c.xml", "sub/d.pdf", "sub/image.jpg", "sub/deeper/e.XML", ".git/f.xml",
        ]
        for file in files {
            let url = root.appendingPathComponent(file)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data("x".utf8).write(to: url)
        }
    }

    private func relative(_ files: [URL], to root: URL) -> [String] {
        let prefix = root.standardizedFileURL.path + "/"
        return files.map { String($0.path.dropFirst(prefix.count)) }
    }

    @Test("A folder is walked recursively for .xml and .pdf files, sorted, hidden ones skipped")
    func recursive() async throws {
        try await TemporaryDirectory.with { root in
            try makeTree(in: root)
            let files = try ImportFileWalker.files(in: [root.path], recursive: true)
            #expect(relative(files, to: root) == ["B.PDF", "a.xml", "sub/c.xml", "sub/d.pdf", "sub/deeper/e.XML"])
        }
    }

    @Test("Without recursion only the folder's own files are taken")
    func flat() async throws {
        try await TemporaryDirectory.with { root in
            try makeTree(in: root)
            let files = try ImportFileWalker.files(in: [root.path], recursive: false)
            #expect(relative(files, to: root) == ["B.PDF", "a.xml"])
        }
    }

    @Test("Files and folders can be mixed; a file named twice is taken once")
    func mixed() async throws {
        try await TemporaryDirectory.with { root in
            try makeTree(in: root)
            let sub = root.appendingPathComponent("sub")
            let files = try ImportFileWalker.files(
                in: [root.appendingPathComponent("a.xml").path, sub.path, sub.appendingPathComponent("c.xml").path,
                     root.appendingPathComponent("notes.txt").path],
                recursive: true)
            #expect(relative(files, to: root) == ["a.xml", "sub/c.xml", "sub/d.pdf", "sub/deeper/e.XML"])
        }
    }

    @Test("A path that does not exist is an error naming it")
    func missing() async throws {
        try await TemporaryDirectory.with { root in
            let missing = root.appendingPathComponent("nothing-here").path
            #expect(throws: ImportPathError(path: missing)) {
                try ImportFileWalker.files(in: [missing], recursive: true)
            }
        }
    }
}
