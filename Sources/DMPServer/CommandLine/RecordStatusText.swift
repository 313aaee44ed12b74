import DMPDomain
import Foundation

/// How `dmp record …` prints a record: its state, then each date that is set.
public enum RecordStatusText {
    /// The text for `record`, or `no DMP` when there is none.
    public static func describe(_ record: Record?) -> String {
        guard let record else { return "no DMP" }
        var lines = ["state: \(record.state)"]
        let dates: [(String, Date?)] = [
            ("created", record.createdAt), ("closed", record.closedAt), ("retention until", record.retentionUntil),
            ("opposed", record.opposedAt), ("purged", record.purgedAt),
        ]
        for (label, date) in dates {
            if let date { lines.append("\(label): \(date.formatted(.iso8601))") }
        }
        if let reason = record.closureReason { lines.append("closure reason: \(reason)") }
        return lines.joined(separator: "\n")
    }
}
