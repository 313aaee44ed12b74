import DMPDomain
import DMPStorage
import Foundation

/// One page of a record's history, as its holder reads it.
public struct AuditHistoryPage: Sendable {
    /// Events, newest first.
    public let events: [AuditEvent]
    /// Events matching the filters in all.
    public let total: Int
}

/// The filters of a history page (MES `activityTraces`: page, group, date range).
public struct AuditHistoryQuery: Sendable, Hashable {
    /// The record.
    public var patientKey: PatientKey
    /// From this instant on.
    public var from: Date?
    /// Up to this instant.
    public var to: Date?
    /// `GENERAL`, `MEDICAL_DOCUMENT` or `SERVICE_TIERS`; nil for all.
    public var group: String?
    /// Page size.
    public var limit: Int
    /// Events to skip.
    public var offset: Int

    /// Creates a query (20 per page by default).
    public init(patientKey: PatientKey, from: Date? = nil, to: Date? = nil, group: String? = nil, limit: Int = 20, offset: Int = 0) {
        self.patientKey = patientKey
        self.from = from
        self.to = to
        self.group = group
        self.limit = min(max(limit, 0), 200)
        self.offset = max(offset, 0)
    }
}

extension AuditAction {
    /// The holder reading the history of their record.
    public static let historyRead = AuditAction("history.read", group: "GENERAL")
}

extension DMPServices {
    /// The history of a record: who did what, when, allowed or refused. Only the holder (or
    /// the operator) reads it; reading it is itself traced.
    public func auditHistory(_ query: AuditHistoryQuery, actor: Actor) async throws -> AuditHistoryPage {
        let key = query.patientKey
        return try await audited(key, actor: actor, action: .historyRead, target: nil) { tx in
            guard let record = try await tx.record(key), record.holdsData else {
                throw DMPError(.recordNotFound, "No DMP exists for this person.")
            }
            if actor.kind != .system {
                try self.decide(.readTraces, actor: actor, record: record, settings: try await tx.recordSettings(key)).enforce()
            }
            let (events, total) = try await tx.auditHistory(
                key, from: query.from, to: query.to, group: query.group, limit: query.limit, offset: query.offset)
            try await self.auditSuccess(tx, key, actor: actor, action: .historyRead, target: nil)
            return AuditHistoryPage(events: events.map(\.event), total: total)
        }
    }
}
