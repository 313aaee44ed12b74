import DMPDomain
import Foundation
import SQLKit

/// Document entries: one row per metadata version, plus their multi-valued codes in
/// `dmp_document_codes` so that searches on them stay indexed.
extension RecordTransaction {
    static let entryColumns: SQLQueryString = """
        entry_uuid, logical_id, version, patient_key, status, metadata_json, submission_set_uuid,
        registered_at, replaces_uuid, blob_sha256, is_current
        """

    /// Stores a new metadata version (its codes with it).
    public func insertDocumentEntry(_ entry: DocumentEntry) async throws {
        let m = entry.metadata
        let key = entry.patientKey.rawValue
        let json = try JSONCoding.text(m)
        try await db.raw("""
            INSERT INTO dmp_document_entries (patient_key, entry_uuid, logical_id, version, unique_id, is_current, status,
                class_system, class_code, type_system, type_code, format_system, format_code, facility_system, facility_code,
                practice_system, practice_code, creation_time, service_start, service_stop, registered_at, mime_type,
                hash_sha1, size, blob_sha256, submission_set_uuid, replaces_uuid, metadata_json)
            VALUES (\(bind: key), \(bind: entry.entryUUID.rawValue), \(bind: entry.logicalId.rawValue), \(bind: Int64(entry.version)),
                \(bind: m.uniqueId), \(bind: entry.isCurrent ? Int64(1) : Int64(0)), \(bind: entry.status.name),
                \(bind: m.classCode.system), \(bind: m.classCode.code), \(bind: m.typeCode.system), \(bind: m.typeCode.code),
                \(bind: m.formatCode.system), \(bind: m.formatCode.code), \(bind: m.healthcareFacilityTypeCode.system),
                \(bind: m.healthcareFacilityTypeCode.code), \(bind: m.practiceSettingCode.system), \(bind: m.practiceSettingCode.code),
                \(bind: Timestamp.millis(m.creationTime)), \(bind: Timestamp.millis(m.serviceStartTime)),
                \(bind: m.serviceStopTime.map(Timestamp.millis)), \(bind: Timestamp.millis(entry.registeredAt)),
                \(bind: m.mimeType), \(bind: m.hash), \(bind: m.size), \(bind: entry.blobSHA256),
                \(bind: entry.submissionSetUUID.rawValue), \(bind: entry.replaces?.rawValue), \(bind: json))
            """).run()
        try await insertRoute(entry.entryUUID, entry.patientKey, .document)
        if entry.version == 1 { try await insertIdentifierRoutes(entry) }
        for code in DocumentCodeRows.rows(for: m) {
            try await db.raw("""
                INSERT INTO dmp_document_codes (patient_key, entry_uuid, kind, system, code)
                VALUES (\(bind: key), \(bind: entry.entryUUID.rawValue), \(bind: code.kind), \(bind: code.system), \(bind: code.code))
                """).run()
        }
    }

    /// Marks a version as no longer the latest of its logical document.
    public func markSuperseded(_ key: PatientKey, entryUUID: EntryUUID) async throws {
        try await db.raw("""
            UPDATE dmp_document_entries SET is_current = 0
            WHERE patient_key = \(bind: key.rawValue) AND entry_uuid = \(bind: entryUUID.rawValue)
            """).run()
    }

    /// The version with this entryUUID, current or not.
    public func documentEntry(_ key: PatientKey, entryUUID: EntryUUID) async throws -> DocumentEntry? {
        try await db.raw("""
            SELECT \(Self.entryColumns) FROM dmp_document_entries
            WHERE patient_key = \(bind: key.rawValue) AND entry_uuid = \(bind: entryUUID.rawValue)
            """).first().map(DocumentEntryRowCodec.decode)
    }

    /// The latest version of the logical document.
    public func currentDocumentEntry(_ key: PatientKey, logicalId: LogicalID) async throws -> DocumentEntry? {
        try await db.raw("""
            SELECT \(Self.entryColumns) FROM dmp_document_entries
            WHERE patient_key = \(bind: key.rawValue) AND logical_id = \(bind: logicalId.rawValue) AND is_current = 1
            """).first().map(DocumentEntryRowCodec.decode)
    }

    /// Every version of the logical document, oldest first.
    public func documentEntryVersions(_ key: PatientKey, logicalId: LogicalID) async throws -> [DocumentEntry] {
        try await db.raw("""
            SELECT \(Self.entryColumns) FROM dmp_document_entries
            WHERE patient_key = \(bind: key.rawValue) AND logical_id = \(bind: logicalId.rawValue)
            ORDER BY version
            """).all().map(DocumentEntryRowCodec.decode)
    }

    /// Latest versions of the documents with this producer uniqueId (normally one).
    public func currentDocumentEntries(_ key: PatientKey, uniqueId: String) async throws -> [DocumentEntry] {
        try await db.raw("""
            SELECT \(Self.entryColumns) FROM dmp_document_entries
            WHERE patient_key = \(bind: key.rawValue) AND unique_id = \(bind: uniqueId) AND is_current = 1
            """).all().map(DocumentEntryRowCodec.decode)
    }

    /// The documents matching `query` (current versions), newest creation first.
    public func searchDocumentEntries(_ query: DocumentQuery) async throws -> [DocumentEntry] {
        guard !query.visibility.hidesEverything else { return [] }
        var sql: SQLQueryString = "SELECT \(Self.entryColumns) FROM dmp_document_entries d WHERE "
        sql += DocumentSearchSQL.whereClause(query)
        sql += " ORDER BY d.creation_time DESC, d.entry_uuid"
        if let limit = query.limit {
            sql += " LIMIT \(literal: max(0, limit)) OFFSET \(literal: max(0, query.offset))"
        } else if query.offset > 0 {
            sql += kind == .sqlite ? " LIMIT -1 OFFSET \(literal: query.offset)" : " OFFSET \(literal: query.offset)"
        }
        return try await db.raw(sql).all().map(DocumentEntryRowCodec.decode)
    }

    /// How many documents match `query`, ignoring its paging.
    public func countDocumentEntries(_ query: DocumentQuery) async throws -> Int {
        guard !query.visibility.hidesEverything else { return 0 }
        let sql: SQLQueryString = "SELECT COUNT(*) AS n FROM dmp_document_entries d WHERE " + DocumentSearchSQL.whereClause(query)
        let row = try await db.raw(sql).first()
        return Int(try row?.decode(column: "n", as: Int64.self) ?? 0)
    }

    /// SHA-256 addresses of every blob of a patient (for purge).
    public func blobAddresses(_ key: PatientKey) async throws -> [String] {
        try await db.raw("""
            SELECT DISTINCT blob_sha256 FROM dmp_document_entries WHERE patient_key = \(bind: key.rawValue)
            """).all().map { try $0.decode(column: "blob_sha256", as: String.self) }
    }

    /// Whether any document of the patient refers to the blob.
    public func isBlobReferenced(_ key: PatientKey, sha256: String) async throws -> Bool {
        try await db.raw("""
            SELECT 1 AS present FROM dmp_document_entries
            WHERE patient_key = \(bind: key.rawValue) AND blob_sha256 = \(bind: sha256)
            LIMIT 1
            """).first() != nil
    }
}

/// Row ↔ `DocumentEntry`.
enum DocumentEntryRowCodec {
    @Sendable static func decode(_ row: any SQLRow) throws -> DocumentEntry {
        let metadata = try JSONCoding.value(
            DocumentMetadata.self, from: try row.decode(column: "metadata_json", as: String.self), table: "dmp_document_entries")
        let statusName = try row.decode(column: "status", as: String.self)
        guard let status = AvailabilityStatus(nameOrURN: statusName) else {
            throw StorageError.corruptRow(table: "dmp_document_entries", detail: "unknown status \(statusName)")
        }
        return DocumentEntry(
            entryUUID: EntryUUID(rawValue: try row.decode(column: "entry_uuid", as: String.self)),
            logicalId: LogicalID(rawValue: try row.decode(column: "logical_id", as: String.self)),
            version: Int(try row.decode(column: "version", as: Int64.self)),
            patientKey: PatientKey(rawValue: try row.decode(column: "patient_key", as: String.self)),
            status: status, metadata: metadata,
            submissionSetUUID: EntryUUID(rawValue: try row.decode(column: "submission_set_uuid", as: String.self)),
            registeredAt: Timestamp.date(try row.decode(column: "registered_at", as: Int64.self)),
            replaces: try row.decode(column: "replaces_uuid", as: String?.self).map(EntryUUID.init(rawValue:)),
            blobSHA256: try row.decode(column: "blob_sha256", as: String.self),
            isCurrent: try row.decode(column: "is_current", as: Int64.self) == 1)
    }
}
