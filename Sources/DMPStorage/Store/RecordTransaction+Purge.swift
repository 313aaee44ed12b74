import DMPDomain
import SQLKit

/// Physical removal of a record's data once its retention has ended.
extension RecordTransaction {
    /// Deletes every registry row and audit row of the patient. The `dmp_records` row is
    /// kept and turned into a tombstone by the caller.
    public func deletePatientData(_ key: PatientKey) async throws {
        for table in [
            "dmp_document_codes", "dmp_document_entries", "dmp_submission_sets", "dmp_folders", "dmp_associations",
            "dmp_audit_events", "dmp_audit_heads", "dmp_record_settings", "dmp_notification_outbox",
        ] {
            try await db.raw("DELETE FROM \(ident: table) WHERE patient_key = \(bind: key.rawValue)").run()
        }
        try await deleteRoutes(key)
    }

    /// Row counts of every patient-scoped table for one patient (used to prove that a refused
    /// submission wrote nothing, and that a purge removed everything).
    public func rowCounts(_ key: PatientKey) async throws -> [String: Int] {
        var counts: [String: Int] = [:]
        for table in ["dmp_document_codes", "dmp_document_entries", "dmp_submission_sets", "dmp_folders", "dmp_associations", "dmp_audit_events", "dmp_records", "dmp_entry_routes", "dmp_identifier_routes",
            "dmp_record_settings", "dmp_notification_outbox", "dmp_audit_heads"] {
            let row = try await db.raw("SELECT COUNT(*) AS n FROM \(ident: table) WHERE patient_key = \(bind: key.rawValue)").first()
            counts[table] = Int(try row?.decode(column: "n", as: Int64.self) ?? 0)
        }
        return counts
    }
}
