import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// The development issuer's private-key file: created owner-only, never overwritten.
enum DevelopmentKeyFile {
    /// The PEM in `file`, creating the file with `makePEM()` when it does not exist.
    ///
    /// Creation writes a temporary file opened with mode 0600 from the start (no window in
    /// which the key is world-readable), then hard-links it into place, which fails instead
    /// of overwriting when another process created the key meanwhile; that key then wins.
    static func loadOrCreate(at file: URL, makePEM: () -> String) throws(DevelopmentIssuerError) -> String {
        let directory = file.deletingLastPathComponent()
        do {
            try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        } catch {
            throw .dataDirectoryUnusable(path: directory.path, reason: "it cannot be created")
        }
        if !FileManager.default.fileExists(atPath: file.path) {
            try create(file, contents: makePEM(), in: directory)
        }
        return try load(file)
    }

    private static func load(_ file: URL) throws(DevelopmentIssuerError) -> String {
        let attributes = try? FileManager.default.attributesOfItem(atPath: file.path)
        guard let mode = (attributes?[.posixPermissions] as? NSNumber)?.intValue else {
            throw .unreadableKeyFile(path: file.path)
        }
        guard mode & 0o077 == 0 else { throw .keyFileTooOpen(path: file.path) }
        guard let text = try? String(contentsOf: file, encoding: .utf8) else { throw .unreadableKeyFile(path: file.path) }
        return text
    }

    private static func create(_ file: URL, contents: String, in directory: URL) throws(DevelopmentIssuerError) {
        let temporary = directory.appendingPathComponent(".\(file.lastPathComponent).\(UUID().uuidString).tmp")
        defer { _ = unlink(temporary.path) }
        let descriptor = open(temporary.path, O_WRONLY | O_CREAT | O_EXCL, 0o600)
        guard descriptor >= 0 else {
            throw .dataDirectoryUnusable(path: directory.path, reason: "a file cannot be created there")
        }
        let bytes = Array(contents.utf8)
        let written = bytes.withUnsafeBytes { write(descriptor, $0.baseAddress, $0.count) }
        let synced = fsync(descriptor) == 0
        close(descriptor)
        guard written == bytes.count, synced else {
            throw .dataDirectoryUnusable(path: directory.path, reason: "the key could not be written")
        }
        if link(temporary.path, file.path) == 0 || errno == EEXIST { return }
        // A file system without hard links: rename instead, still never over a key that
        // appeared in the meantime (a small race that a development tool can accept).
        if FileManager.default.fileExists(atPath: file.path) { return }
        guard rename(temporary.path, file.path) == 0 else {
            throw .dataDirectoryUnusable(path: directory.path, reason: "the key file could not be put in place")
        }
    }
}
