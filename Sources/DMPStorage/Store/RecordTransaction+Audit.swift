import DMPDomain
import Foundation
import SQLKit

/// The audit trail: append-only, hash-chained per patient.
extension RecordTransaction {
    /// Appends `event` to its patient's chain (taking the patient's lock, so two
    /// transactions cannot fork the chain).
    @discardableResult
    public func appendAudit(_ event: AuditEvent) async throws -> ChainedAuditEvent {
        try await lockPatient(event.patientKey)
        let last = try await db.raw("""
            SELECT \(Self.auditColumns) FROM dmp_audit_events
            WHERE patient_key = \(bind: event.patientKey.rawValue) ORDER BY sequence DESC LIMIT 1
            """).first().map(AuditRowCodec.decode)
        let chained = ChainedAuditEvent(event: AuditRowCodec.normalised(event), after: last)
        let e = chained.event
        try await db.raw("""
            INSERT INTO dmp_audit_events (patient_key, sequence, time, actor_kind, actor_id, actor_name, actor_profession,
                actor_structure_id, actor_structure_name, access_mode, access_reason, action, action_group, target, outcome,
                reason, previous_hash, hash)
            VALUES (\(bind: e.patientKey.rawValue), \(bind: chained.sequence), \(bind: Timestamp.millis(e.time)),
                \(bind: e.actor.kind.rawValue), \(bind: e.actor.id), \(bind: e.actor.displayName), \(bind: e.actor.professionCode),
                \(bind: e.actor.structureId), \(bind: e.actor.structureName), \(bind: e.actor.accessMode.code),
                \(bind: e.actor.accessReason), \(bind: e.action.rawValue), \(bind: e.action.group), \(bind: e.target),
                \(bind: e.outcome.rawValue), \(bind: e.reason), \(bind: chained.previousHash), \(bind: chained.hash))
            """).run()
        try await db.raw("DELETE FROM dmp_audit_heads WHERE patient_key = \(bind: e.patientKey.rawValue)").run()
        try await db.raw("""
            INSERT INTO dmp_audit_heads (patient_key, sequence, hash)
            VALUES (\(bind: e.patientKey.rawValue), \(bind: chained.sequence), \(bind: chained.hash))
            """).run()
        return chained
    }

    /// A patient's chain in order, optionally one page of it.
    public func auditEvents(_ key: PatientKey, limit: Int? = nil, offset: Int = 0) async throws -> [ChainedAuditEvent] {
        var sql: SQLQueryString = """
            SELECT \(Self.auditColumns) FROM dmp_audit_events WHERE patient_key = \(bind: key.rawValue) ORDER BY sequence
            """
        if let limit { sql += " LIMIT \(literal: max(0, limit)) OFFSET \(literal: max(0, offset))" }
        return try await db.raw(sql).all().map(AuditRowCodec.decode)
    }

    /// Every patient key that has audit rows or a chain head (for whole-trail verification:
    /// a head without rows means rows were removed).
    public func auditedPatientKeys() async throws -> [PatientKey] {
        try await db.raw("""
            SELECT patient_key FROM dmp_audit_events UNION SELECT patient_key FROM dmp_audit_heads ORDER BY patient_key
            """).all().map { PatientKey(rawValue: try $0.decode(column: "patient_key", as: String.self)) }
    }

    /// The recorded head (last sequence and hash) of a patient's chain.
    public func auditHead(_ key: PatientKey) async throws -> (sequence: Int64, hash: String)? {
        guard let row = try await db.raw("""
            SELECT sequence, hash FROM dmp_audit_heads WHERE patient_key = \(bind: key.rawValue)
            """).first()
        else { return nil }
        return (try row.decode(column: "sequence", as: Int64.self), try row.decode(column: "hash", as: String.self))
    }

    /// A patient's events in a time range, newest first, one page, optionally of one group
    /// (the holder's history).
    public func auditHistory(
        _ key: PatientKey, from: Date?, to: Date?, group: String?, limit: Int, offset: Int
    ) async throws -> (events: [ChainedAuditEvent], total: Int) {
        var filter: SQLQueryString = "patient_key = \(bind: key.rawValue)"
        if let from { filter += " AND time >= \(bind: Timestamp.millis(from))" }
        if let to { filter += " AND time <= \(bind: Timestamp.millis(to))" }
        if let group { filter += " AND action_group = \(bind: group)" }
        let events = try await db.raw("""
            SELECT \(Self.auditColumns) FROM dmp_audit_events WHERE \(filter)
            ORDER BY sequence DESC LIMIT \(literal: max(0, limit)) OFFSET \(literal: max(0, offset))
            """).all().map(AuditRowCodec.decode)
        let total = try await db.raw("SELECT COUNT(*) AS n FROM dmp_audit_events WHERE \(filter)").first()
        return (events, Int(try total?.decode(column: "n", as: Int64.self) ?? 0))
    }

    static let auditColumns: SQLQueryString = """
        patient_key, sequence, time, actor_kind, actor_id, actor_name, actor_profession, actor_structure_id,
        actor_structure_name, access_mode, access_reason, action, action_group, target, outcome, reason, previous_hash, hash
        """
}

/// Row ↔ `ChainedAuditEvent`.
enum AuditRowCodec {
    /// The event as it will read back: time truncated to the stored millisecond, and only
    /// the actor fields the trail keeps, so that the hash verifies after a round trip.
    static func normalised(_ event: AuditEvent) -> AuditEvent {
        let actor = Actor(
            kind: event.actor.kind, id: event.actor.id, displayName: event.actor.displayName,
            professionCode: event.actor.professionCode, structureId: event.actor.structureId,
            structureName: event.actor.structureName, accessMode: event.actor.accessMode,
            accessReason: event.actor.accessReason)
        return AuditEvent(
            patientKey: event.patientKey, time: Timestamp.date(Timestamp.millis(event.time)), actor: actor,
            action: event.action, target: event.target, outcome: event.outcome, reason: event.reason)
    }

    @Sendable static func decode(_ row: any SQLRow) throws -> ChainedAuditEvent {
        func text(_ column: String) throws -> String { try row.decode(column: column, as: String.self) }
        func optional(_ column: String) throws -> String? { try row.decode(column: column, as: String?.self) }
        let modeCode = try text("access_mode")
        guard let mode = AccessMode(code: modeCode),
              let outcome = AuditEvent.Outcome(rawValue: try text("outcome"))
        else { throw StorageError.corruptRow(table: "dmp_audit_events", detail: "unknown access mode or outcome") }
        let actor = Actor(
            kind: Actor.Kind(rawValue: try text("actor_kind")), id: try text("actor_id"),
            displayName: try text("actor_name"), professionCode: try optional("actor_profession"),
            structureId: try optional("actor_structure_id"), structureName: try optional("actor_structure_name"),
            accessMode: mode, accessReason: try optional("access_reason"))
        let event = AuditEvent(
            patientKey: PatientKey(rawValue: try text("patient_key")),
            time: Timestamp.date(try row.decode(column: "time", as: Int64.self)), actor: actor,
            action: AuditAction(try text("action"), group: try text("action_group")), target: try optional("target"),
            outcome: outcome, reason: try optional("reason"))
        return ChainedAuditEvent(
            sequence: try row.decode(column: "sequence", as: Int64.self), event: event,
            previousHash: try text("previous_hash"), hash: try text("hash"))
    }
}

extension RecordTransaction {
    /// Whether `professional` has already consulted this record successfully (for the
    /// "first access" notification).
    public func hasConsulted(_ key: PatientKey, professional: String) async throws -> Bool {
        let actions = [AuditAction.documentSearch, .documentRead, .documentRetrieve, .submissionSetSearch].map(\.rawValue)
        return try await db.raw("""
            SELECT 1 AS present FROM dmp_audit_events
            WHERE patient_key = \(bind: key.rawValue) AND actor_id = \(bind: professional) AND outcome = 'success'
              AND action IN (\(binds: actions))
            LIMIT 1
            """).first() != nil
    }
}
