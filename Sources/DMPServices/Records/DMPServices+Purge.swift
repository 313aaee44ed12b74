import DMPDomain
import DMPStorage
import Foundation

/// Report of a purge run.
public struct PurgeReport: Sendable, Hashable {
    /// How many records were purged.
    public var purgedRecords: Int
    /// How many document files were removed.
    public var removedBlobs: Int
}

extension DMPServices {
    /// Physically removes the data of every record whose retention ended, leaving a
    /// tombstone (key, state, purge time). Each record is purged in its own transaction; its
    /// files are removed after the commit, so a crash can leave orphan files but never rows
    /// without their bytes; every run first sweeps the files left behind by tombstones.
    public func purgeExpiredRecords(actor: Actor) async throws -> PurgeReport {
        let now = clock()
        let keys = try await store.transaction { tx in try await tx.purgeableRecordKeys(at: now) }
        var report = PurgeReport(purgedRecords: 0, removedBlobs: 0)
        for key in try await store.transaction({ tx in try await tx.tombstonedRecordKeys() }) where blobs.count(for: key) > 0 {
            report.removedBlobs += blobs.count(for: key)
            try blobs.removeAll(for: key)
        }
        for key in keys {
            let purged = try await store.transaction { tx -> Bool in
                try await tx.lockPatient(key)
                guard let record = try await tx.record(key), record.isPurgeable(at: now) else { return false }
                try await tx.deletePatientData(key)
                try await tx.saveRecord(try record.purged(at: now))
                return true
            }
            guard purged else { continue }
            report.removedBlobs += blobs.count(for: key)
            try blobs.removeAll(for: key)
            report.purgedRecords += 1
            logger.notice("record purged", metadata: ["patient": "\(key.opaque)", "by": "\(actor.id)"])
        }
        return report
    }
}
