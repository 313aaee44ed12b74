import DMPDomain
import DMPServices
import DMPStorage
import DMPTestSupport
import Foundation
import Testing

/// The outbox rows: queued with their event, scanned when due, marked sent or failed.
@Suite("Notification outbox")
struct NotificationOutboxTests {
    private struct Rollback: Error {}

    @Test("a notification queued in a transaction that rolls back is not queued", arguments: TestDatabase.all)
    func rollback(database: TestDatabase) async throws {
        try await TestDMP.with(database) { dmp in
            await #expect(throws: Rollback.self) {
                try await dmp.store.transaction { tx in
                    try await dmp.services.enqueueNotifications(
                        tx, patient: NotificationFixtures.key, for: .emergencyAccess(NotificationFixtures.urgentist),
                        holderAddress: NotificationFixtures.holderAddress,
                        attendingPhysician: NotificationFixtures.attendingPhysician, preferences: .defaults)
                    #expect(try await tx.notifications(NotificationFixtures.key).count == 2)
                    throw Rollback()
                }
            }
            #expect(try await NotificationFixtures.outbox(dmp).isEmpty)
            let due = try await dmp.store.transaction { tx in try await tx.dueNotifications(at: dmp.clock.now, limit: 10) }
            #expect(due.isEmpty)
        }
    }

    @Test("a committed notification is due at once, oldest first, and keeps its fields", arguments: TestDatabase.all)
    func committedIsDue(database: TestDatabase) async throws {
        try await TestDMP.with(database) { dmp in
            try await NotificationFixtures.enqueue(dmp, .firstAccess(Fixtures.nurse))
            dmp.clock.advance(seconds: 5)
            try await NotificationFixtures.enqueue(dmp, .emergencyAccess(NotificationFixtures.urgentist))
            let due = try await dmp.store.transaction { tx in try await tx.dueNotifications(at: dmp.clock.now, limit: 10) }
            #expect(due.map(\.kind) == [.firstProfessionalAccess, .emergencyAccess, .emergencyAccess])
            let first = try #require(due.first)
            #expect(first.patientKey == NotificationFixtures.key)
            #expect(first.recipient == .holder(address: NotificationFixtures.holderAddress))
            #expect(first.attempts == 0 && first.sentAt == nil && first.lastError == nil && !first.isAbandoned)
            #expect(first.nextAttemptAt == first.createdAt)
            #expect(due.contains { $0.recipient == .professional(NotificationFixtures.attendingPhysician) })
            let limited = try await dmp.store.transaction { tx in try await tx.dueNotifications(at: dmp.clock.now, limit: 1) }
            #expect(limited.map(\.id) == [first.id])
            let before = try await dmp.store.transaction { tx in
                try await tx.dueNotifications(at: dmp.clock.now.addingTimeInterval(-10), limit: 10)
            }
            #expect(before.isEmpty)
        }
    }

    @Test("claimed notifications are hidden until the lease ends", arguments: TestDatabase.all)
    func claim(database: TestDatabase) async throws {
        try await TestDMP.with(database) { dmp in
            try await NotificationFixtures.enqueue(dmp, .firstAccess(Fixtures.nurse))
            let now = dmp.clock.now
            let claimed = try await dmp.store.transaction { tx in
                try await tx.claimDueNotifications(at: now, limit: 10, leaseEnd: now.addingTimeInterval(600))
            }
            #expect(claimed.count == 1)
            let again = try await dmp.store.transaction { tx in
                try await tx.claimDueNotifications(at: now, limit: 10, leaseEnd: now.addingTimeInterval(600))
            }
            #expect(again.isEmpty)
            let afterLease = try await dmp.store.transaction { tx in
                try await tx.dueNotifications(at: now.addingTimeInterval(600), limit: 10)
            }
            #expect(afterLease.map(\.id) == claimed.map(\.id))
        }
    }

    @Test("sent and abandoned notifications are never due again, and stay listed", arguments: TestDatabase.all)
    func markSentAndFailed(database: TestDatabase) async throws {
        try await TestDMP.with(database) { dmp in
            try await NotificationFixtures.enqueue(dmp, .emergencyAccess(NotificationFixtures.urgentist))
            let rows = try await NotificationFixtures.outbox(dmp)
            let now = dmp.clock.now
            try await dmp.store.transaction { tx in
                try await tx.markNotificationSent(NotificationFixtures.key, id: rows[0].id, at: now)
                try await tx.markNotificationFailed(NotificationFixtures.key, id: rows[1].id, error: "refused", nextAttemptAt: nil)
            }
            let later = now.addingTimeInterval(100 * 365 * 86_400)
            let due = try await dmp.store.transaction { tx in try await tx.dueNotifications(at: later, limit: 10) }
            #expect(due.isEmpty)
            let listed = try await NotificationFixtures.outbox(dmp)
            let sent = try #require(listed.first { $0.id == rows[0].id })
            let abandoned = try #require(listed.first { $0.id == rows[1].id })
            #expect(sent.sentAt == now && sent.attempts == 1 && !sent.isAbandoned)
            #expect(abandoned.isAbandoned && abandoned.attempts == 1 && abandoned.lastError == "refused")
            let counts = try await dmp.rowCounts(Fixtures.patient)
            #expect(counts["dmp_notification_outbox"] == 2)
        }
    }
}
