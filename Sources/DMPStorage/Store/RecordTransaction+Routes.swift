import DMPDomain
import SQLKit

/// Routing of resource ids to patients (see migration `0002-routes`).
extension RecordTransaction {
    /// Kinds of routed registry objects.
    public enum RouteKind: String, Sendable {
        /// A DocumentEntry version.
        case document
        /// A submission set.
        case submissionSet = "submissionset"
        /// A folder version.
        case folder
    }

    /// Records which patient owns `entryUUID`.
    func insertRoute(_ entryUUID: EntryUUID, _ key: PatientKey, _ kind: RouteKind) async throws {
        try await db.raw("""
            INSERT INTO dmp_entry_routes (entry_uuid, patient_key, kind)
            VALUES (\(bind: entryUUID.rawValue), \(bind: key.rawValue), \(bind: kind.rawValue))
            """).run()
    }

    /// The patient owning a registry object of `kind`, if any.
    public func patientKey(forEntry entryUUID: EntryUUID, kind: RouteKind) async throws -> PatientKey? {
        try await db.raw("""
            SELECT patient_key FROM dmp_entry_routes WHERE entry_uuid = \(bind: entryUUID.rawValue) AND kind = \(bind: kind.rawValue)
            """).first().map { PatientKey(rawValue: try $0.decode(column: "patient_key", as: String.self)) }
    }

    /// Records the patient's resource id (idempotent).
    func savePatientRoute(_ key: PatientKey) async throws {
        try await db.raw("DELETE FROM dmp_patient_routes WHERE resource_id = \(bind: key.resourceID)").run()
        try await db.raw("""
            INSERT INTO dmp_patient_routes (resource_id, patient_key) VALUES (\(bind: key.resourceID), \(bind: key.rawValue))
            """).run()
    }

    /// The patient whose resource id is `resourceID`, if a record (or tombstone) exists.
    public func patientKey(forResourceID resourceID: String) async throws -> PatientKey? {
        try await db.raw("SELECT patient_key FROM dmp_patient_routes WHERE resource_id = \(bind: resourceID)").first().map {
            PatientKey(rawValue: try $0.decode(column: "patient_key", as: String.self))
        }
    }

    /// Every record key (for backfills).
    func allRecordKeys() async throws -> [PatientKey] {
        try await db.raw("SELECT patient_key FROM dmp_records ORDER BY patient_key").all().map {
            PatientKey(rawValue: try $0.decode(column: "patient_key", as: String.self))
        }
    }

    /// Removes the routes of a patient's registry objects (purge).
    func deleteRoutes(_ key: PatientKey) async throws {
        try await db.raw("DELETE FROM dmp_entry_routes WHERE patient_key = \(bind: key.rawValue)").run()
        try await db.raw("DELETE FROM dmp_identifier_routes WHERE patient_key = \(bind: key.rawValue)").run()
    }

    /// Records the business identifiers of a new logical document.
    func insertIdentifierRoutes(_ entry: DocumentEntry) async throws {
        for identifier in ["uid:\(entry.metadata.uniqueId)", "lid:\(entry.logicalId.rawValue)"] {
            try await db.raw("""
                INSERT INTO dmp_identifier_routes (identifier, patient_key) VALUES (\(bind: identifier), \(bind: entry.patientKey.rawValue))
                """).run()
        }
    }

    /// The patients having a document with this producer uniqueId or registry logicalId.
    public func patientKeys(forDocumentIdentifier target: DocumentTarget) async throws -> [PatientKey] {
        let identifier: String
        switch target {
        case .uniqueId(let value): identifier = "uid:\(value)"
        case .logicalId(let value): identifier = "lid:\(value.rawValue)"
        case .entryUUID(let value):
            return try await patientKey(forEntry: value, kind: .document).map { [$0] } ?? []
        }
        return try await db.raw("""
            SELECT patient_key FROM dmp_identifier_routes WHERE identifier = \(bind: identifier) ORDER BY patient_key
            """).all().map { PatientKey(rawValue: try $0.decode(column: "patient_key", as: String.self)) }
    }
}
