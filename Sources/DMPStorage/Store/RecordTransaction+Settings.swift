import DMPDomain
import Foundation
import SQLKit

/// The holder's access settings: one JSON document per record.
extension RecordTransaction {
    /// The settings of a record (the defaults when none were ever saved).
    public func recordSettings(_ key: PatientKey) async throws -> RecordSettings {
        guard let row = try await db.raw("""
            SELECT body_json FROM dmp_record_settings WHERE patient_key = \(bind: key.rawValue)
            """).first()
        else { return RecordSettings() }
        return try JSONCoding.value(RecordSettings.self, from: try row.decode(column: "body_json", as: String.self), table: "dmp_record_settings")
    }

    /// Saves the settings of a record (call under the patient's lock).
    public func saveRecordSettings(_ key: PatientKey, _ settings: RecordSettings, at now: Date) async throws {
        let version = try await db.raw("""
            SELECT version FROM dmp_record_settings WHERE patient_key = \(bind: key.rawValue)
            """).first().map { try $0.decode(column: "version", as: Int64.self) } ?? 0
        try await db.raw("DELETE FROM dmp_record_settings WHERE patient_key = \(bind: key.rawValue)").run()
        try await db.raw("""
            INSERT INTO dmp_record_settings (patient_key, version, updated_at, body_json)
            VALUES (\(bind: key.rawValue), \(bind: version + 1), \(bind: Timestamp.millis(now)), \(bind: try JSONCoding.text(settings)))
            """).run()
    }
}
