import DMPDomain
import DMPStorage
import Foundation
import Testing

@Suite("File blob store")
struct FileBlobStoreTests {
    let root = FileManager.default.temporaryDirectory.appendingPathComponent("dmp-blobs-\(UUID().uuidString)")
    let patient = PatientKey(rawValue: "1.2.250.1.213.1.4.10|279035121518989")
    let other = PatientKey(rawValue: "1.2.250.1.213.1.4.10|277076322082910")

    @Test("bytes are stored under their SHA-256, once per patient, and read back identical")
    func roundTrip() throws {
        let store = try FileBlobStore(root: root)
        defer { try? FileManager.default.removeItem(at: root) }
        let data = Data((0..<100_000).map { UInt8($0 % 251) })
        let first = try store.write(data, for: patient)
        #expect(first.sha256 == Digest.sha256Hex(data) && first.created)
        #expect(try store.write(data, for: patient).created == false, "same bytes: nothing written again")
        #expect(try store.read(sha256: first.sha256, for: patient) == data)
        #expect(try store.write(data, for: other).created, "patients do not share files")
        #expect(store.count(for: patient) == 1 && store.count(for: other) == 1)
        #expect(try FileManager.default.contentsOfDirectory(atPath: root.appendingPathComponent("tmp").path).isEmpty)
        #expect(!store.url(sha256: first.sha256, for: patient).path.contains("279035121518989"), "no INS in paths")
    }

    @Test("a file altered on disk is detected on read; a missing one is reported")
    func corruption() throws {
        let store = try FileBlobStore(root: root)
        defer { try? FileManager.default.removeItem(at: root) }
        let written = try store.write(Data("document".utf8), for: patient)
        try Data("tampered".utf8).write(to: store.url(sha256: written.sha256, for: patient))
        #expect(throws: StorageError.blobCorrupt(sha256: written.sha256)) { try store.read(sha256: written.sha256, for: patient) }
        store.remove(sha256: written.sha256, for: patient)
        #expect(throws: StorageError.blobMissing(sha256: written.sha256)) { try store.read(sha256: written.sha256, for: patient) }
    }

    @Test("removeAll removes one patient's files only")
    func removeAll() throws {
        let store = try FileBlobStore(root: root)
        defer { try? FileManager.default.removeItem(at: root) }
        _ = try store.write(Data("a".utf8), for: patient)
        _ = try store.write(Data("b".utf8), for: other)
        try store.removeAll(for: patient)
        #expect(store.count(for: patient) == 0 && store.count(for: other) == 1)
    }
}
