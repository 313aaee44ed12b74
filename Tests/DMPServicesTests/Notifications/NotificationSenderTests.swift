import DMPDomain
import DMPServices
import DMPStorage
import DMPTestSupport
import Foundation
import Testing

/// The sender: delivery, back-off, giving up, and the file transport.
@Suite("Notification sender")
struct NotificationSenderTests {
    private struct RelayDown: Error, CustomStringConvertible {
        var description: String { "relay down" }
    }

    @Test("a failing transport is retried with growing, capped delays, then given up", arguments: TestDatabase.all)
    func backOff(database: TestDatabase) async throws {
        try await TestDMP.with(database) { dmp in
            try await NotificationFixtures.enqueue(dmp, .firstAccess(Fixtures.nurse))
            let transport = RecordingTransport(failingWith: RelayDown())
            let retry = NotificationRetryPolicy(baseDelay: .seconds(60), maximumDelay: .seconds(240), maximumAttempts: 5)
            let sender = NotificationFixtures.sender(dmp, transport: transport, retry: retry)
            var delays: [TimeInterval] = []
            for _ in 1...4 {
                let result = await sender.drainOnce()
                #expect(result.sent == 0 && result.failed == 1)
                let row = try #require(try await NotificationFixtures.outbox(dmp).first)
                let next = try #require(row.nextAttemptAt)
                delays.append(next.timeIntervalSince(dmp.clock.now))
                // Not due a second early.
                dmp.clock.advance(seconds: delays.last! - 1)
                #expect(await sender.drainOnce() == (0, 0))
                dmp.clock.advance(seconds: 1)
            }
            #expect(delays == [60, 120, 240, 240])
            #expect(await sender.drainOnce() == (0, 1))
            let row = try #require(try await NotificationFixtures.outbox(dmp).first)
            #expect(row.isAbandoned && row.attempts == 5 && row.lastError == "relay down")
            dmp.clock.advance(years: 50)
            #expect(await sender.drainOnce() == (0, 0))
            #expect(transport.messages.count == 5)
        }
    }

    @Test("a permanent failure is given up at once", arguments: TestDatabase.all)
    func permanentFailure(database: TestDatabase) async throws {
        try await TestDMP.with(database) { dmp in
            try await NotificationFixtures.enqueue(dmp, .firstAccess(Fixtures.nurse), holderAddress: "not an address")
            let transport = RecordingTransport()
            #expect(await NotificationFixtures.sender(dmp, transport: transport).drainOnce() == (0, 1))
            let row = try #require(try await NotificationFixtures.outbox(dmp).first)
            #expect(row.isAbandoned && row.attempts == 1)
            #expect(row.lastError == "the recipient address is not a plain local@domain address")
            #expect(transport.messages.isEmpty)
        }
    }

    @Test("the file transport writes one .eml per message and the rows are marked sent", arguments: TestDatabase.all)
    func fileTransport(database: TestDatabase) async throws {
        try await TestDMP.with(database) { dmp in
            try await NotificationFixtures.enqueue(dmp, .emergencyAccess(NotificationFixtures.urgentist))
            let folder = dmp.directory.appendingPathComponent("mail")
            let transport = FileNotificationTransport(folder: folder, from: "no-reply@dmp.test")
            #expect(await NotificationFixtures.sender(dmp, transport: transport).drainOnce() == (2, 0))
            let rows = try await NotificationFixtures.outbox(dmp)
            #expect(rows.allSatisfy { $0.sentAt == dmp.clock.now && $0.attempts == 1 })
            let files = try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
            #expect(files.count == 2 && files.allSatisfy { $0.hasPrefix("20260101T000000Z-") && $0.hasSuffix(".eml") })
            for row in rows {
                let file = folder.appendingPathComponent("20260101T000000Z-\(row.id).eml")
                let mail = ParsedMail(try String(contentsOf: file, encoding: .utf8))
                #expect(mail.headers["From"] == "no-reply@dmp.test")
                #expect(mail.headers["Date"] == "Thu, 01 Jan 2026 00:00:00 +0000")
                #expect(mail.headers["Message-ID"] == "<\(row.id)@dmp.test>")
                #expect(mail.headers["MIME-Version"] == "1.0")
                #expect(mail.headers["Content-Type"] == "text/plain; charset=utf-8")
                #expect(mail.headers["Content-Transfer-Encoding"] == "quoted-printable")
                #expect(mail.headers["Auto-Submitted"] == "auto-generated")
                #expect(mail.subject == row.subject)
                #expect(mail.body == row.text)
            }
            let addresses = Set(rows.compactMap { row in
                try? ParsedMail(String(contentsOf: folder.appendingPathComponent("20260101T000000Z-\(row.id).eml"), encoding: .utf8))
                    .headers["To"]
            })
            #expect(addresses == [NotificationFixtures.holderAddress, "\(Fixtures.gpIDNPS)@mssante.example"])
            // Lines stay within the RFC 5322 limit.
            for name in files {
                let text = try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8)
                #expect(text.components(separatedBy: "\r\n").allSatisfy { $0.utf8.count <= 78 })
            }
        }
    }

    @Test("run() drains until it is cancelled", arguments: TestDatabase.all)
    func runLoop(database: TestDatabase) async throws {
        try await TestDMP.with(database) { dmp in
            try await NotificationFixtures.enqueue(dmp, .firstAccess(Fixtures.nurse))
            let transport = RecordingTransport()
            let sender = NotificationFixtures.sender(dmp, transport: transport)
            let task = Task { try await sender.run() }
            // Wait until the row is marked, so that cancellation cannot interrupt the marking.
            for _ in 0..<500 where try await NotificationFixtures.outbox(dmp).first?.sentAt == nil {
                try await Task.sleep(for: .milliseconds(10))
            }
            task.cancel()
            try await task.value
            #expect(transport.messages.count == 1)
            #expect(try await NotificationFixtures.outbox(dmp).first?.sentAt != nil)
        }
    }
}
