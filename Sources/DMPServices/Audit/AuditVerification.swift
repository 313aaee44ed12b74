import DMPDomain
import DMPStorage

/// What `dmp audit verify` found.
public struct AuditVerificationReport: Sendable, Hashable {
    /// One problem in one patient's chain.
    public struct Problem: Sendable, Hashable, CustomStringConvertible {
        /// Opaque tag of the patient (never the INS).
        public let patient: String
        /// The row concerned (0 when the problem is the chain as a whole).
        public let sequence: Int64
        /// What is wrong.
        public let detail: String
        public var description: String { "patient \(patient), row \(sequence): \(detail)" }
    }

    /// Chains checked.
    public var patients = 0
    /// Rows checked.
    public var rows = 0
    /// Problems found; empty when the trail is intact.
    public var problems: [Problem] = []
    /// Whether nothing was found wrong.
    public var isIntact: Bool { problems.isEmpty }
}

extension DMPServices {
    /// Verifies every patient's audit chain: each row's hash matches its content, rows are
    /// numbered 1, 2, 3… without gap, each links to the previous row's hash, and the last row
    /// is the recorded head. A changed, removed, inserted or reordered row breaks one of these.
    /// (An attacker able to rewrite the whole database, heads included, is out of its reach:
    /// docs/access-control.md explains how to anchor heads outside it.)
    public func verifyAuditTrail() async throws -> AuditVerificationReport {
        var report = AuditVerificationReport()
        let keys = try await store.transaction { tx in try await tx.auditedPatientKeys() }
        for key in keys {
            let (rows, head) = try await store.transaction { tx in (try await tx.auditEvents(key), try await tx.auditHead(key)) }
            report.patients += 1
            report.rows += rows.count
            report.problems += Self.problems(in: rows, head: head, patient: key.opaque)
        }
        return report
    }

    static func problems(
        in rows: [ChainedAuditEvent], head: (sequence: Int64, hash: String)?, patient: String
    ) -> [AuditVerificationReport.Problem] {
        var problems: [AuditVerificationReport.Problem] = []
        var previousHash = ChainedAuditEvent.genesisHash
        for (index, row) in rows.enumerated() {
            let expected = Int64(index + 1)
            if row.sequence != expected {
                problems.append(.init(patient: patient, sequence: row.sequence, detail: "expected row \(expected): a row is missing or was inserted"))
            }
            if row.previousHash != previousHash {
                problems.append(.init(patient: patient, sequence: row.sequence, detail: "does not link to the previous row (removed or reordered rows)"))
            }
            if !row.isIntact {
                problems.append(.init(patient: patient, sequence: row.sequence, detail: "content does not match its hash (the row was changed)"))
            }
            previousHash = row.hash
        }
        let last = rows.last
        switch (head, last) {
        case (nil, nil):
            break
        case (nil, .some):
            problems.append(.init(patient: patient, sequence: 0, detail: "the chain has no recorded head"))
        case (.some(let head), nil):
            problems.append(.init(patient: patient, sequence: head.sequence, detail: "the head names rows that are gone"))
        case (.some(let head), .some(let last)):
            if head.sequence != last.sequence || head.hash != last.hash {
                problems.append(.init(patient: patient, sequence: head.sequence, detail: "the newest rows were removed or changed (head mismatch)"))
            }
        }
        return problems
    }
}
