import Foundation

/// Lifecycle rules of spec §3.1: creation, opposition, closure, reopening, purge.
extension Record {
    /// Refuses any use of a record that is not active, with the specific reason.
    public func requireActive() throws(DMPError) {
        switch state {
        case .active: return
        case .opposed: throw DMPError(.recordOpposed, "The person has opposed the creation of a DMP.")
        case .closed: throw DMPError(.recordClosed, "The DMP is closed.")
        default: throw DMPError(.recordNotFound, "No DMP exists for this person.")
        }
    }

    /// Explicit creation by (or for) the holder over an existing row: withdraws an
    /// opposition that never had data, or starts afresh after a purge. A closed record or
    /// an opposition with kept data must be reopened instead, so that nothing is lost.
    public func recreated(at now: Date, traits: INSTraits?) throws(DMPError) -> Record {
        switch state {
        case .active:
            throw DMPError(.recordExists, "A DMP already exists for this person.")
        case .opposed where !holdsData, .purged:
            return Record.created(key: key, at: now, traits: traits ?? self.traits)
        default:
            throw DMPError(
                .recordStateInvalid,
                "The DMP is \(state) and keeps its data: reopen it instead of creating a new one.")
        }
    }

    /// Closure by the holder: data are kept for `retention` then purged.
    public func closed(reason: String, at now: Date, retention: RetentionPeriod) throws(DMPError) -> Record {
        guard state == .active else {
            throw DMPError(.recordStateInvalid, "Only an active DMP can be closed; this one is \(state).")
        }
        let trimmed = reason.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !trimmed.isEmpty else {
            throw DMPError(.invalidMetadata, "A closure needs a reason.", element: "reason")
        }
        var next = self
        next.state = .closed
        next.closedAt = now
        next.closureReason = trimmed
        next.retentionUntil = retention.end(from: now)
        return next
    }

    /// Opposition by the person. An active record is closed by it (its data kept for the
    /// retention period, as the law keeps a closed record's), and no record will be created
    /// automatically any more.
    public func opposed(at now: Date, retention: RetentionPeriod) throws(DMPError) -> Record {
        var next = self
        switch state {
        case .active:
            next.closedAt = now
            next.closureReason = "opposition"
            next.retentionUntil = retention.end(from: now)
        case .closed, .purged:
            break
        default:
            throw DMPError(.recordStateInvalid, "The person has already opposed the DMP.")
        }
        next.state = .opposed
        next.opposedAt = now
        return next
    }

    /// Reopening of a closed record (or withdrawal of an opposition that kept data): all
    /// documents become visible again as they were.
    public func reopened() throws(DMPError) -> Record {
        guard state == .closed || (state == .opposed && holdsData) else {
            throw DMPError(.recordStateInvalid, "Only a closed DMP that still holds its data can be reopened; this one is \(state).")
        }
        var next = self
        next.state = .active
        next.closedAt = nil
        next.closureReason = nil
        next.retentionUntil = nil
        next.opposedAt = nil
        return next
    }

    /// Whether the retention of this closed record has ended at `now`.
    public func isPurgeable(at now: Date) -> Bool {
        guard holdsData, state == .closed || state == .opposed, let end = retentionUntil else { return false }
        return end <= now
    }

    /// The tombstone left once the data are removed. An opposition stays an opposition.
    public func purged(at now: Date) throws(DMPError) -> Record {
        guard isPurgeable(at: now) else {
            throw DMPError(.recordStateInvalid, "This DMP's retention period has not ended.")
        }
        var next = self
        next.state = state == .opposed ? .opposed : .purged
        next.createdAt = nil
        next.purgedAt = now
        next.traits = nil
        next.closureReason = nil
        return next
    }
}
