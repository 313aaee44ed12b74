import DMPDomain
import Foundation
import SQLKit

/// One notification waiting in, or delivered from, the outbox (`dmp_notification_outbox`).
///
/// It is written in the transaction of the event it announces, so a notification exists
/// if and only if its event committed; the sender service delivers it afterwards. The text
/// is composed at enqueue time and stored whole: delivery never needs to read the record
/// again, and what was sent is exactly what the holder can be shown.
public struct OutboxNotification: Hashable, Sendable {
    /// The record the notification is about.
    public let patientKey: PatientKey
    /// Unique within the record (a lower-case UUID); also the message's Message-ID, so that a
    /// retried delivery carries the same identity.
    public let id: String
    /// When the event happened and the notification was queued.
    public let createdAt: Date
    /// What the notification announces.
    public let kind: Kind
    /// Who receives it.
    public let recipient: Recipient
    /// Subject line (plain text, never clinical content).
    public let subject: String
    /// Body (plain text, never clinical content).
    public let text: String
    /// Delivery attempts made so far, successful or not.
    public var attempts: Int
    /// When the sender may try next (meaningless once sent); nil once it gave up (see
    /// `markNotificationFailed`).
    public var nextAttemptAt: Date?
    /// When delivery succeeded.
    public var sentAt: Date?
    /// The last delivery failure, as the transport described it.
    public var lastError: String?

    /// A new, never attempted notification, due at once.
    public init(
        patientKey: PatientKey, id: String = UUID().uuidString.lowercased(), createdAt: Date, kind: Kind,
        recipient: Recipient, subject: String, text: String
    ) {
        self.patientKey = patientKey
        self.id = id
        self.createdAt = createdAt
        self.kind = kind
        self.recipient = recipient
        self.subject = subject
        self.text = text
        self.attempts = 0
        self.nextAttemptAt = createdAt
        self.sentAt = nil
        self.lastError = nil
    }

    /// Whether the sender gave up on it without delivering it.
    public var isAbandoned: Bool { sentAt == nil && nextAttemptAt == nil }

    /// The events a notification can announce (spec §3.4, §3.5). The codes equal those of the
    /// domain's `NotificationEvent`, so preferences and outbox rows read alike; they are written
    /// out rather than derived because stored codes must never change with a rename.
    public struct Kind: Hashable, Sendable, Codable, CustomStringConvertible {
        /// The stored code.
        public let rawValue: String
        /// Wraps a stored code.
        public init(rawValue: String) { self.rawValue = rawValue }
        /// A professional consulted the record for the first time.
        public static let firstProfessionalAccess = Kind(rawValue: "FIRST_ACCESS_BY_PROFESSIONAL")
        /// A professional consulted the record in an emergency mode (break-the-glass, Centre 15).
        public static let emergencyAccess = Kind(rawValue: "EMERGENCY_ACCESS")
        /// Documents were added to the record.
        public static let newDocument = Kind(rawValue: "NEW_DOCUMENT")
        /// The stored code.
        public var description: String { rawValue }
    }

    /// Who a notification goes to.
    public enum Recipient: Hashable, Sendable {
        /// The holder, at the e-mail address they gave.
        case holder(address: String)
        /// A professional, reached through secure health messaging by their IDNPS.
        case professional(IDNPS)
    }
}

/// The outbox: notifications queued with their event and drained by the sender service.
extension RecordTransaction {
    /// Queues `notification` in this transaction: it commits, or rolls back, with the event.
    public func enqueueNotification(_ notification: OutboxNotification) async throws {
        let n = notification
        try await db.raw("""
            INSERT INTO dmp_notification_outbox (patient_key, id, created_at, kind, recipient, body_json, attempts,
                next_attempt_at, sent_at, last_error)
            VALUES (\(bind: n.patientKey.rawValue), \(bind: n.id), \(bind: Timestamp.millis(n.createdAt)),
                \(bind: n.kind.rawValue), \(bind: OutboxRowCodec.recipientText(n.recipient)),
                \(bind: try JSONCoding.text(OutboxRowCodec.Body(subject: n.subject, text: n.text))), \(bind: n.attempts),
                \(bind: OutboxRowCodec.nextAttemptMillis(n.nextAttemptAt)), \(bind: n.sentAt.map(Timestamp.millis)),
                \(bind: n.lastError))
            """).run()
    }

    /// Undelivered notifications due at `now`, the longest-waiting first. With the purge scan
    /// this is one of the two cross-patient reads: the sender serves every record.
    public func dueNotifications(at now: Date, limit: Int) async throws -> [OutboxNotification] {
        try await db.raw(Self.dueQuery(at: now, limit: limit)).all().map(OutboxRowCodec.decode)
    }

    /// Takes up to `limit` due notifications for delivery and hides them from other senders
    /// until `leaseEnd` (their next attempt moves there). Several server instances may then
    /// run a sender each: PostgreSQL skips rows another sender is claiming, and SQLite runs one
    /// writer at a time. A sender that dies mid-delivery leaves its rows due again once the
    /// lease ends, so delivery is at least once.
    public func claimDueNotifications(at now: Date, limit: Int, leaseEnd: Date) async throws -> [OutboxNotification] {
        var sql = Self.dueQuery(at: now, limit: limit)
        if kind == .postgres { sql += " FOR UPDATE SKIP LOCKED" }
        let due = try await db.raw(sql).all().map(OutboxRowCodec.decode)
        for notification in due {
            try await db.raw("""
                UPDATE dmp_notification_outbox SET next_attempt_at = \(bind: Timestamp.millis(leaseEnd))
                WHERE patient_key = \(bind: notification.patientKey.rawValue) AND id = \(bind: notification.id)
                """).run()
        }
        return due
    }

    /// Records a successful delivery at `time`.
    public func markNotificationSent(_ key: PatientKey, id: String, at time: Date) async throws {
        try await db.raw("""
            UPDATE dmp_notification_outbox SET sent_at = \(bind: Timestamp.millis(time)), attempts = attempts + 1,
                last_error = NULL
            WHERE patient_key = \(bind: key.rawValue) AND id = \(bind: id)
            """).run()
    }

    /// Records a failed delivery and when to try again. With `nextAttemptAt` nil the sender
    /// gives up: the row stays, undelivered (`sent_at` NULL) and with its last error, so that
    /// the holder's history and the operators still see a notice the law required but that
    /// never left; its next attempt is stored as a far-future instant that no scan reaches,
    /// and an operator can requeue it by setting `next_attempt_at` back.
    public func markNotificationFailed(_ key: PatientKey, id: String, error: String, nextAttemptAt: Date?) async throws {
        try await db.raw("""
            UPDATE dmp_notification_outbox SET attempts = attempts + 1, last_error = \(bind: String(error.prefix(500))),
                next_attempt_at = \(bind: OutboxRowCodec.nextAttemptMillis(nextAttemptAt))
            WHERE patient_key = \(bind: key.rawValue) AND id = \(bind: id)
            """).run()
    }

    /// Every notification of a record, oldest first (for the holder's history and for tests).
    public func notifications(_ key: PatientKey) async throws -> [OutboxNotification] {
        try await db.raw("""
            SELECT \(Self.outboxColumns) FROM dmp_notification_outbox
            WHERE patient_key = \(bind: key.rawValue) ORDER BY created_at, id
            """).all().map(OutboxRowCodec.decode)
    }

    /// Undelivered rows due at `now`, by next attempt (the order of the due index), then age.
    static func dueQuery(at now: Date, limit: Int) -> SQLQueryString {
        """
        SELECT \(outboxColumns) FROM dmp_notification_outbox
        WHERE sent_at IS NULL AND next_attempt_at <= \(bind: Timestamp.millis(now))
        ORDER BY next_attempt_at, created_at, patient_key, id LIMIT \(literal: max(0, limit))
        """
    }

    /// Columns of an outbox row, in the order every read selects them.
    static let outboxColumns: SQLQueryString = """
        patient_key, id, created_at, kind, recipient, body_json, attempts, next_attempt_at, sent_at, last_error
        """
}

/// Row ↔ `OutboxNotification`.
enum OutboxRowCodec {
    /// The stored body: subject and text together, as the message will carry them.
    struct Body: Codable {
        let subject: String
        let text: String
    }

    /// `next_attempt_at` of an abandoned row: 9999-12-31, beyond any clock the scan is given.
    static let abandonedMillis: Int64 = 253_402_214_400_000

    /// The stored `next_attempt_at` of `date`, nil meaning abandoned.
    static func nextAttemptMillis(_ date: Date?) -> Int64 {
        date.map { min(Timestamp.millis($0), abandonedMillis - 1) } ?? abandonedMillis
    }

    /// `holder:<address>` or `idnps:<IDNPS>`: one column, readable by an operator.
    static func recipientText(_ recipient: OutboxNotification.Recipient) -> String {
        switch recipient {
        case .holder(let address): "holder:\(address)"
        case .professional(let idnps): "idnps:\(idnps.value)"
        }
    }

    /// Reads a stored recipient.
    static func recipient(_ text: String) throws -> OutboxNotification.Recipient {
        if text.hasPrefix("holder:") { return .holder(address: String(text.dropFirst("holder:".count))) }
        if text.hasPrefix("idnps:"), let idnps = try? IDNPS(String(text.dropFirst("idnps:".count))) {
            return .professional(idnps)
        }
        throw StorageError.corruptRow(table: "dmp_notification_outbox", detail: "unknown recipient form")
    }

    /// Reads one outbox row.
    @Sendable static func decode(_ row: any SQLRow) throws -> OutboxNotification {
        let body = try JSONCoding.value(
            Body.self, from: try row.decode(column: "body_json", as: String.self), table: "dmp_notification_outbox")
        var notification = OutboxNotification(
            patientKey: PatientKey(rawValue: try row.decode(column: "patient_key", as: String.self)),
            id: try row.decode(column: "id", as: String.self),
            createdAt: Timestamp.date(try row.decode(column: "created_at", as: Int64.self)),
            kind: OutboxNotification.Kind(rawValue: try row.decode(column: "kind", as: String.self)),
            recipient: try recipient(try row.decode(column: "recipient", as: String.self)),
            subject: body.subject, text: body.text)
        let next = try row.decode(column: "next_attempt_at", as: Int64.self)
        notification.attempts = Int(try row.decode(column: "attempts", as: Int64.self))
        notification.nextAttemptAt = next >= abandonedMillis ? nil : Timestamp.date(next)
        notification.sentAt = try row.decode(column: "sent_at", as: Int64?.self).map(Timestamp.date)
        notification.lastError = try row.decode(column: "last_error", as: String?.self)
        return notification
    }
}
