import DMPDomain
import Foundation
import SQLKit

/// Submission sets, folders and their associations.
extension RecordTransaction {
    /// Stores a submission set.
    public func insertSubmissionSet(_ set: SubmissionSet) async throws {
        try await db.raw("""
            INSERT INTO dmp_submission_sets (patient_key, entry_uuid, unique_id, source_id, submission_time, status,
                content_type_system, content_type_code, body_json)
            VALUES (\(bind: set.patientKey.rawValue), \(bind: set.entryUUID.rawValue), \(bind: set.uniqueId),
                \(bind: set.sourceId), \(bind: Timestamp.millis(set.submissionTime)), \(bind: set.status.name),
                \(bind: set.contentTypeCode.system), \(bind: set.contentTypeCode.code), \(bind: try JSONCoding.text(set)))
            """).run()
        try await insertRoute(set.entryUUID, set.patientKey, .submissionSet)
    }

    /// The submission set with this entryUUID.
    public func submissionSet(_ key: PatientKey, entryUUID: EntryUUID) async throws -> SubmissionSet? {
        try await db.raw("""
            SELECT body_json FROM dmp_submission_sets
            WHERE patient_key = \(bind: key.rawValue) AND entry_uuid = \(bind: entryUUID.rawValue)
            """).first().map { try JSONCoding.value(SubmissionSet.self, from: try $0.decode(column: "body_json", as: String.self), table: "dmp_submission_sets") }
    }

    /// Submission sets of a record, newest first, optionally from a submission time on.
    public func submissionSets(_ key: PatientKey, submittedFrom: Date? = nil, submittedTo: Date? = nil) async throws -> [SubmissionSet] {
        var sql: SQLQueryString = "SELECT body_json FROM dmp_submission_sets WHERE patient_key = \(bind: key.rawValue)"
        if let from = submittedFrom { sql += " AND submission_time >= \(bind: Timestamp.millis(from))" }
        if let to = submittedTo { sql += " AND submission_time <= \(bind: Timestamp.millis(to))" }
        sql += " ORDER BY submission_time DESC, entry_uuid"
        return try await db.raw(sql).all().map {
            try JSONCoding.value(SubmissionSet.self, from: try $0.decode(column: "body_json", as: String.self), table: "dmp_submission_sets")
        }
    }

    /// Stores a folder version.
    public func insertFolder(_ folder: Folder) async throws {
        try await db.raw("""
            INSERT INTO dmp_folders (patient_key, entry_uuid, logical_id, version, unique_id, is_current, status, last_update_time, body_json)
            VALUES (\(bind: folder.patientKey.rawValue), \(bind: folder.entryUUID.rawValue), \(bind: folder.logicalId.rawValue),
                \(bind: Int64(folder.version)), \(bind: folder.uniqueId), \(bind: folder.isCurrent ? Int64(1) : Int64(0)),
                \(bind: folder.status.name), \(bind: Timestamp.millis(folder.lastUpdateTime)), \(bind: try JSONCoding.text(folder)))
            """).run()
        try await insertRoute(folder.entryUUID, folder.patientKey, .folder)
    }

    /// Marks a folder version as no longer the latest.
    public func markFolderSuperseded(_ key: PatientKey, entryUUID: EntryUUID) async throws {
        try await db.raw("""
            UPDATE dmp_folders SET is_current = 0
            WHERE patient_key = \(bind: key.rawValue) AND entry_uuid = \(bind: entryUUID.rawValue)
            """).run()
    }

    /// Latest versions of the record's folders, or of the one with `uniqueId`.
    public func currentFolders(_ key: PatientKey, uniqueId: String? = nil) async throws -> [Folder] {
        var sql: SQLQueryString = "SELECT body_json FROM dmp_folders WHERE patient_key = \(bind: key.rawValue) AND is_current = 1"
        if let uniqueId { sql += " AND unique_id = \(bind: uniqueId)" }
        sql += " ORDER BY last_update_time DESC, entry_uuid"
        return try await db.raw(sql).all().map {
            try JSONCoding.value(Folder.self, from: try $0.decode(column: "body_json", as: String.self), table: "dmp_folders")
        }
    }

    /// Records an association (HasMember, RPLC) between two registry objects of a record.
    public func insertAssociation(_ key: PatientKey, source: EntryUUID, target: EntryUUID, type: AssociationType) async throws {
        try await db.raw("""
            INSERT INTO dmp_associations (patient_key, source_uuid, target_uuid, type)
            VALUES (\(bind: key.rawValue), \(bind: source.rawValue), \(bind: target.rawValue), \(bind: type.rawValue))
            """).run()
    }

    /// Associations whose source or target is `uuid`.
    public func associations(_ key: PatientKey, involving uuid: EntryUUID) async throws -> [Association] {
        try await db.raw("""
            SELECT source_uuid, target_uuid, type FROM dmp_associations
            WHERE patient_key = \(bind: key.rawValue) AND (source_uuid = \(bind: uuid.rawValue) OR target_uuid = \(bind: uuid.rawValue))
            ORDER BY type, source_uuid, target_uuid
            """).all().map {
            Association(
                source: EntryUUID(rawValue: try $0.decode(column: "source_uuid", as: String.self)),
                target: EntryUUID(rawValue: try $0.decode(column: "target_uuid", as: String.self)),
                type: AssociationType(rawValue: try $0.decode(column: "type", as: String.self)))
        }
    }
}

/// XDS association types used by the DMP.
public struct AssociationType: Hashable, Sendable, CustomStringConvertible {
    /// Stored name.
    public let rawValue: String
    /// Wraps a stored name.
    public init(rawValue: String) { self.rawValue = rawValue }
    /// A submission set or folder contains an entry.
    public static let hasMember = AssociationType(rawValue: "HasMember")
    /// A document replaces another.
    public static let replaces = AssociationType(rawValue: "RPLC")
    public var description: String { rawValue }
}

/// A stored association.
public struct Association: Hashable, Sendable {
    /// Source object.
    public let source: EntryUUID
    /// Target object.
    public let target: EntryUUID
    /// Type.
    public let type: AssociationType
}
