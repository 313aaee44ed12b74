import Foundation

/// One traced event on a record, allowed or refused. Written in the same transaction as the
/// action it records (or, for a refusal, in its own transaction once the action is rolled
/// back), append-only, and chained by hash per patient.
public struct AuditEvent: Hashable, Sendable, Codable {
    /// The record concerned.
    public let patientKey: PatientKey
    /// When it happened.
    public let time: Date
    /// Who acted, in which mode.
    public let actor: Actor
    /// What was done.
    public let action: AuditAction
    /// What it was done to: an entryUUID, logicalId or submission set id (never a title).
    public let target: String?
    /// Whether it succeeded.
    public let outcome: Outcome
    /// Why: the refusal code, or the policy's reason.
    public let reason: String?

    /// Creates an event.
    public init(
        patientKey: PatientKey, time: Date, actor: Actor, action: AuditAction, target: String?,
        outcome: Outcome, reason: String? = nil
    ) {
        self.patientKey = patientKey
        self.time = time
        self.actor = actor
        self.action = action
        self.target = target
        self.outcome = outcome
        self.reason = reason
    }

    /// Outcome of an audited event.
    public enum Outcome: String, Hashable, Sendable, Codable {
        /// Done.
        case success
        /// Refused by a rule or an error.
        case refused
    }
}

/// An audit event as stored: its place in the patient's chain and its hash.
public struct ChainedAuditEvent: Hashable, Sendable, Codable {
    /// 1-based position in the patient's chain.
    public let sequence: Int64
    /// The event.
    public let event: AuditEvent
    /// Hash of the previous row (64 zeros for the first).
    public let previousHash: String
    /// SHA-256 over the previous hash, the sequence and the event's canonical form.
    public let hash: String

    /// Chains `event` after `previous` (nil for the first of a patient).
    public init(event: AuditEvent, after previous: ChainedAuditEvent?) {
        self.sequence = (previous?.sequence ?? 0) + 1
        self.event = event
        self.previousHash = previous?.hash ?? ChainedAuditEvent.genesisHash
        self.hash = ChainedAuditEvent.computeHash(sequence: sequence, previousHash: previousHash, event: event)
    }

    /// Rebuilds a stored row without recomputing (for verification).
    public init(sequence: Int64, event: AuditEvent, previousHash: String, hash: String) {
        self.sequence = sequence
        self.event = event
        self.previousHash = previousHash
        self.hash = hash
    }

    /// Previous hash of the first row of a chain.
    public static let genesisHash = String(repeating: "0", count: 64)

    /// The hash a row must carry. The canonical form lists every field in a fixed order, with
    /// the time in whole milliseconds so that every database round-trips it exactly.
    public static func computeHash(sequence: Int64, previousHash: String, event: AuditEvent) -> String {
        let millis = Int64((event.time.timeIntervalSince1970 * 1000).rounded())
        let fields: [String] = [
            previousHash, String(sequence), event.patientKey.rawValue, String(millis),
            event.actor.kind.rawValue, event.actor.id, event.actor.displayName,
            event.actor.structureId ?? "", event.actor.structureName ?? "", event.actor.professionCode ?? "",
            event.actor.accessMode.code, event.actor.accessReason ?? "", event.action.rawValue,
            event.target ?? "", event.outcome.rawValue, event.reason ?? "",
        ]
        // Length-prefixing each field makes the encoding unambiguous whatever the fields contain.
        let canonical = fields.map { "\($0.utf8.count):\($0)" }.joined(separator: "|")
        return Digest.sha256Hex(Data(canonical.utf8))
    }

    /// Whether the stored hash is the one the row's content gives.
    public var isIntact: Bool {
        hash == ChainedAuditEvent.computeHash(sequence: sequence, previousHash: previousHash, event: event)
    }
}
