import Foundation

/// One person's shared medical record, keyed by INS. Pure value: the lifecycle rules are
/// methods that return the next state or a `DMPError`, and the services persist the result.
public struct Record: Hashable, Sendable, Codable {
    /// Key of the record (INS authority and matricule).
    public let key: PatientKey
    /// Current state.
    public internal(set) var state: RecordState
    /// When the record was created; nil for an opposition that never had a record.
    public internal(set) var createdAt: Date?
    /// When it was closed (or opposed while it existed).
    public internal(set) var closedAt: Date?
    /// Why it was closed, in the holder's words or a motive code.
    public internal(set) var closureReason: String?
    /// When the data of a closed record may be physically removed.
    public internal(set) var retentionUntil: Date?
    /// When the person opposed, if they did.
    public internal(set) var opposedAt: Date?
    /// When the data were purged.
    public internal(set) var purgedAt: Date?
    /// INS traits known for the holder, when given at creation.
    public var traits: INSTraits?

    /// A new active record.
    public static func created(key: PatientKey, at now: Date, traits: INSTraits?) -> Record {
        Record(key: key, state: .active, createdAt: now, traits: traits)
    }

    /// The trace of an opposition by a person who never had a record.
    public static func opposition(key: PatientKey, at now: Date) -> Record {
        Record(key: key, state: .opposed, opposedAt: now)
    }

    /// Whether this record holds data (a document registry), as opposed to a bare opposition
    /// or a tombstone.
    public var holdsData: Bool { createdAt != nil && state != .purged }

    /// Whether documents may be published and read.
    public var isActive: Bool { state == .active }

    /// A record as a store read it back; no rule is applied.
    public static func restored(
        key: PatientKey, state: RecordState, createdAt: Date?, closedAt: Date?, closureReason: String?,
        retentionUntil: Date?, opposedAt: Date?, purgedAt: Date?, traits: INSTraits?
    ) -> Record {
        Record(
            key: key, state: state, createdAt: createdAt, closedAt: closedAt, closureReason: closureReason,
            retentionUntil: retentionUntil, opposedAt: opposedAt, purgedAt: purgedAt, traits: traits)
    }

    private init(
        key: PatientKey, state: RecordState, createdAt: Date? = nil, closedAt: Date? = nil,
        closureReason: String? = nil, retentionUntil: Date? = nil, opposedAt: Date? = nil,
        purgedAt: Date? = nil, traits: INSTraits? = nil
    ) {
        self.key = key
        self.state = state
        self.createdAt = createdAt
        self.closedAt = closedAt
        self.closureReason = closureReason
        self.retentionUntil = retentionUntil
        self.opposedAt = opposedAt
        self.purgedAt = purgedAt
        self.traits = traits
    }
}
