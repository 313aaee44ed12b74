import DMPStorage
import Foundation
import Logging

extension NotificationSender {
    /// Sends one notification and records the outcome; true when it was sent. A failure to
    /// record leaves the row claimed until its lease ends, after which it is due again: the
    /// worst case is a second delivery, never a lost one.
    func deliver(_ notification: OutboxNotification) async -> Bool {
        let attempt = notification.attempts + 1
        let metadata: Logger.Metadata = [
            "notification": "\(notification.id)", "kind": "\(notification.kind)", "attempt": "\(attempt)",
        ]
        do {
            try await transport.send(try OutgoingMessage(notification, addressing: addressing))
        } catch {
            await recordFailure(notification, error: error, attempt: attempt, metadata: metadata)
            return false
        }
        do {
            let time = clock()
            try await store.transaction { tx in
                try await tx.markNotificationSent(notification.patientKey, id: notification.id, at: time)
            }
            logger.info("notification sent", metadata: metadata)
        } catch {
            logger.error("notification sent but not marked", metadata: metadata.merging(["error": "\(type(of: error))"]) { $1 })
        }
        return true
    }

    private func recordFailure(_ notification: OutboxNotification, error: any Error, attempt: Int, metadata: Logger.Metadata) async {
        let permanent = (error as? NotificationDeliveryError)?.isPermanent ?? false
        let now = clock()
        let next = permanent ? nil : settings.retry.nextAttempt(afterAttempts: attempt, failedAt: now)
        var details = metadata
        details["error"] = "\(type(of: error))"
        if let next {
            details["retry_in_seconds"] = "\(Int(next.timeIntervalSince(now)))"
            logger.warning("notification delivery failed", metadata: details)
        } else {
            details["permanent"] = "\(permanent)"
            logger.error("notification delivery abandoned", metadata: details)
        }
        do {
            let description = String(describing: error)
            try await store.transaction { tx in
                try await tx.markNotificationFailed(notification.patientKey, id: notification.id, error: description, nextAttemptAt: next)
            }
        } catch {
            logger.error("notification failure not recorded", metadata: metadata.merging(["error": "\(type(of: error))"]) { $1 })
        }
    }
}
