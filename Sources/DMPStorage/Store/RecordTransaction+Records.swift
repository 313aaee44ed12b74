import DMPDomain
import Foundation
import SQLKit

/// Records: the lifecycle state of each person's DMP.
extension RecordTransaction {
    /// The record (or opposition, or tombstone) of `key`, if any.
    public func record(_ key: PatientKey) async throws -> Record? {
        guard let row = try await db.raw("""
            SELECT state, created_at, closed_at, closure_reason, retention_until, opposed_at, purged_at, traits_json
            FROM dmp_records WHERE patient_key = \(bind: key.rawValue)
            """).first()
        else { return nil }
        return try RecordRowCodec.decode(row, key: key)
    }

    /// Inserts or replaces the row of `record`.
    public func saveRecord(_ record: Record) async throws {
        let traits = try record.traits.map { String(decoding: try JSONCoding.encoder.encode($0), as: UTF8.self) }
        let key = record.key.rawValue
        try await db.raw("DELETE FROM dmp_records WHERE patient_key = \(bind: key)").run()
        try await db.raw("""
            INSERT INTO dmp_records (patient_key, state, created_at, closed_at, closure_reason, retention_until, opposed_at, purged_at, traits_json)
            VALUES (\(bind: key), \(bind: record.state.rawValue), \(bind: record.createdAt.map(Timestamp.millis)),
                    \(bind: record.closedAt.map(Timestamp.millis)), \(bind: record.closureReason),
                    \(bind: record.retentionUntil.map(Timestamp.millis)), \(bind: record.opposedAt.map(Timestamp.millis)),
                    \(bind: record.purgedAt.map(Timestamp.millis)), \(bind: traits))
            """).run()
        try await savePatientRoute(record.key)
    }

    /// Keys of records whose retention ended at `now` and that still hold data. This is the
    /// one cross-patient scan, run by the purge job.
    public func purgeableRecordKeys(at now: Date) async throws -> [PatientKey] {
        let rows = try await db.raw("""
            SELECT patient_key FROM dmp_records
            WHERE state IN ('closed', 'opposed') AND created_at IS NOT NULL
              AND retention_until IS NOT NULL AND retention_until <= \(bind: Timestamp.millis(now))
            ORDER BY patient_key
            """).all()
        return try rows.map { PatientKey(rawValue: try $0.decode(column: "patient_key", as: String.self)) }
    }
}

extension RecordTransaction {
    /// Keys of records whose data were purged (tombstones), to sweep files a crash left.
    public func tombstonedRecordKeys() async throws -> [PatientKey] {
        try await db.raw("SELECT patient_key FROM dmp_records WHERE purged_at IS NOT NULL ORDER BY patient_key").all().map {
            PatientKey(rawValue: try $0.decode(column: "patient_key", as: String.self))
        }
    }
}

/// Row ↔ `Record`.
enum RecordRowCodec {
    static func decode(_ row: any SQLRow, key: PatientKey) throws -> Record {
        let stateName = try row.decode(column: "state", as: String.self)
        let traitsJSON = try row.decode(column: "traits_json", as: String?.self)
        let traits = try traitsJSON.map { try JSONCoding.decoder.decode(INSTraits.self, from: Data($0.utf8)) }
        func date(_ column: String) throws -> Date? {
            try row.decode(column: column, as: Int64?.self).map(Timestamp.date)
        }
        return Record.restored(
            key: key, state: RecordState(rawValue: stateName), createdAt: try date("created_at"),
            closedAt: try date("closed_at"), closureReason: try row.decode(column: "closure_reason", as: String?.self),
            retentionUntil: try date("retention_until"), opposedAt: try date("opposed_at"),
            purgedAt: try date("purged_at"), traits: traits)
    }
}
