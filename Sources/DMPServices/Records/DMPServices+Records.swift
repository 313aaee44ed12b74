import DMPDomain
import DMPStorage
import Foundation

/// Record lifecycle (spec §3.1): create, status, close, reopen, oppose.
extension DMPServices {
    /// Creates the record of `ins` explicitly (withdrawing an opposition without data).
    @discardableResult
    public func createRecord(_ ins: INS, traits: INSTraits? = nil, actor: Actor) async throws -> Record {
        let key = PatientKey(ins)
        return try await audited(key, actor: actor, action: .recordCreate, target: nil) { tx in
            try await tx.lockPatient(key)
            let now = self.clock()
            let record: Record
            if let existing = try await tx.record(key) {
                record = try existing.recreated(at: now, traits: traits)
            } else {
                record = Record.created(key: key, at: now, traits: traits)
            }
            try await tx.saveRecord(record)
            try await self.auditSuccess(tx, key, actor: actor, action: .recordCreate, target: nil)
            return record
        }
    }

    /// The record of `ins`, or nil when none was ever created nor opposed.
    public func recordStatus(_ ins: INS, actor: Actor) async throws -> Record? {
        let key = PatientKey(ins)
        return try await audited(key, actor: actor, action: .recordStatus, target: nil) { tx in
            let record = try await tx.record(key)
            if record != nil {
                try await self.auditSuccess(tx, key, actor: actor, action: .recordStatus, target: nil)
            }
            return record
        }
    }

    /// Closes the record with the holder's reason; its data are kept for the retention period.
    @discardableResult
    public func closeRecord(_ ins: INS, reason: String, actor: Actor) async throws -> Record {
        try await changeRecord(ins, actor: actor, action: .recordClose) { record, now in
            try record.closed(reason: reason, at: now, retention: self.configuration.retention)
        }
    }

    /// Reopens a closed record with everything it held.
    @discardableResult
    public func reopenRecord(_ ins: INS, actor: Actor) async throws -> Record {
        try await changeRecord(ins, actor: actor, action: .recordReopen) { record, _ in try record.reopened() }
    }

    /// Records the person's opposition. An existing record is closed by it.
    @discardableResult
    public func opposeRecord(_ ins: INS, actor: Actor) async throws -> Record {
        let key = PatientKey(ins)
        return try await audited(key, actor: actor, action: .recordOppose, target: nil) { tx in
            try await tx.lockPatient(key)
            let now = self.clock()
            let next = try await tx.record(key).map { record throws(DMPError) in
                try record.opposed(at: now, retention: self.configuration.retention)
            } ?? Record.opposition(key: key, at: now)
            try await tx.saveRecord(next)
            try await self.auditSuccess(tx, key, actor: actor, action: .recordOppose, target: nil)
            return next
        }
    }

    private func changeRecord(
        _ ins: INS, actor: Actor, action: AuditAction,
        _ transition: @escaping @Sendable (Record, Date) throws -> Record
    ) async throws -> Record {
        let key = PatientKey(ins)
        return try await audited(key, actor: actor, action: action, target: nil) { tx in
            try await tx.lockPatient(key)
            guard let record = try await tx.record(key) else {
                throw DMPError(.recordNotFound, "No DMP exists for this person.")
            }
            let next = try transition(record, self.clock())
            try await tx.saveRecord(next)
            try await self.auditSuccess(tx, key, actor: actor, action: action, target: nil)
            return next
        }
    }

    /// The active record of `key` for a read or a write, refusing closed, opposed and missing ones.
    func activeRecord(_ tx: RecordTransaction, _ key: PatientKey) async throws -> Record {
        guard let record = try await tx.record(key) else {
            throw DMPError(.recordNotFound, "No DMP exists for this person.")
        }
        try record.requireActive()
        return record
    }
}
