import DMPDomain
import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Document bytes on the file system, content-addressed by SHA-256 inside one folder per
/// patient: `<root>/<hh>/<patient hash>/<aa>/<sha256>`.
///
/// Per-patient folders keep the store shardable like the database and make a purge one
/// folder removal; the cost is that identical bytes of two patients are stored twice.
/// Writes are atomic: a temporary file is written and fsynced, then renamed into place and
/// the folder fsynced, so a crash never leaves a half-written document under its address.
public struct FileBlobStore: Sendable {
    /// The root folder.
    public let root: URL

    /// Opens (creating) the store under `root`.
    public init(root: URL) throws {
        self.root = root
        try FileManager.default.createDirectory(at: root.appendingPathComponent("tmp"), withIntermediateDirectories: true)
    }

    /// Result of a write.
    public struct Written: Sendable, Hashable {
        /// Content address.
        public let sha256: String
        /// Whether this write created the file (false when the same bytes were already there).
        public let created: Bool
    }

    /// Stores `data` for `patient` and returns its address.
    public func write(_ data: Data, for patient: PatientKey) throws -> Written {
        let sha = Digest.sha256Hex(data)
        let target = url(sha256: sha, for: patient)
        if FileManager.default.fileExists(atPath: target.path) {
            return Written(sha256: sha, created: false)
        }
        let folder = target.deletingLastPathComponent()
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let temporary = root.appendingPathComponent("tmp").appendingPathComponent(UUID().uuidString)
        guard FileManager.default.createFile(atPath: temporary.path, contents: nil) else {
            throw CocoaError(.fileWriteUnknown, userInfo: [NSFilePathErrorKey: temporary.path])
        }
        do {
            let handle = try FileHandle(forWritingTo: temporary)
            try handle.write(contentsOf: data)
            try handle.synchronize()
            try handle.close()
            guard rename(temporary.path, target.path) == 0 else {
                throw CocoaError(.fileWriteUnknown, userInfo: [NSFilePathErrorKey: target.path])
            }
        } catch {
            try? FileManager.default.removeItem(at: temporary)
            throw error
        }
        Self.syncFolder(folder)
        return Written(sha256: sha, created: true)
    }

    /// The bytes at `sha256`, checked against their address.
    public func read(sha256: String, for patient: PatientKey) throws -> Data {
        let target = url(sha256: sha256, for: patient)
        guard let data = FileManager.default.contents(atPath: target.path) else {
            throw StorageError.blobMissing(sha256: sha256)
        }
        guard Digest.sha256Hex(data) == sha256 else { throw StorageError.blobCorrupt(sha256: sha256) }
        return data
    }

    /// Whether the bytes at `sha256` exist.
    public func exists(sha256: String, for patient: PatientKey) -> Bool {
        FileManager.default.fileExists(atPath: url(sha256: sha256, for: patient).path)
    }

    /// Removes one blob (used to undo a write whose transaction failed).
    public func remove(sha256: String, for patient: PatientKey) {
        try? FileManager.default.removeItem(at: url(sha256: sha256, for: patient))
    }

    /// Removes every blob of `patient`.
    public func removeAll(for patient: PatientKey) throws {
        let folder = patientFolder(patient)
        if FileManager.default.fileExists(atPath: folder.path) {
            try FileManager.default.removeItem(at: folder)
        }
    }

    /// Number of blob files of `patient` (for checks and tests).
    public func count(for patient: PatientKey) -> Int {
        let enumerator = FileManager.default.enumerator(at: patientFolder(patient), includingPropertiesForKeys: [.isRegularFileKey])
        var count = 0
        while let url = enumerator?.nextObject() as? URL {
            if (try? url.resourceValues(forKeys: [.isRegularFileKey]).isRegularFile) == true { count += 1 }
        }
        return count
    }

    /// The file of a blob.
    public func url(sha256: String, for patient: PatientKey) -> URL {
        patientFolder(patient).appendingPathComponent(String(sha256.prefix(2))).appendingPathComponent(sha256)
    }

    private func patientFolder(_ patient: PatientKey) -> URL {
        // The folder name is a hash of the key, so that the file system never shows an INS.
        let hashed = Digest.sha256Hex(Data(patient.rawValue.utf8))
        return root.appendingPathComponent(String(hashed.prefix(2))).appendingPathComponent(hashed)
    }

    private static func syncFolder(_ folder: URL) {
        let descriptor = open(folder.path, O_RDONLY)
        guard descriptor >= 0 else { return }
        _ = fsync(descriptor)
        _ = close(descriptor)
    }
}
