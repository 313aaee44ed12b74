import DMPDomain
import DMPServices
import DMPStorage
import DMPTestSupport
import Foundation
import Testing

/// The SMTP transport against a real server on loopback.
@Suite("Notification SMTP transport")
struct NotificationSMTPTests {
    private static func message(_ text: String, to: String = "holder@example.org") -> OutgoingMessage {
        OutgoingMessage(
            id: "4f1c2d3e-0000-4000-8000-000000000001", kind: .emergencyAccess, to: to,
            subject: "Accès en urgence à votre dossier médical partagé", text: text,
            date: Date(timeIntervalSince1970: 1_767_225_600))
    }

    private static func transport(_ server: FakeSMTPServer, timeout: Duration = .seconds(10)) -> SMTPNotificationTransport {
        SMTPNotificationTransport(host: "127.0.0.1", port: server.port, from: "no-reply@dmp.test", heloName: "dmp.test", timeout: timeout)
    }

    @Test("the dialogue follows RFC 5321 and lines starting with a dot are stuffed")
    func dialogueAndDotStuffing() async throws {
        let text = "Bonjour,\n.une ligne qui commence par un point\n.\n..deux points\nfin\n"
        let message = Self.message(text)
        let session = try await FakeSMTPServer.with { server in
            try await Self.transport(server).send(message)
            return try #require(server.recorded.first)
        }
        #expect(session.commands == ["EHLO dmp.test", "MAIL FROM:<no-reply@dmp.test>", "RCPT TO:<holder@example.org>", "DATA", "QUIT"])
        #expect(session.dataLines.contains("..une ligne qui commence par un point"))
        #expect(session.dataLines.contains(".."))
        #expect(session.dataLines.contains("...deux points"))
        // Removing the stuffing gives back exactly the rendered message (whose last line ends
        // with the CRLF that precedes the final dot).
        let unstuffed = session.dataLines.map { $0.hasPrefix(".") ? String($0.dropFirst()) : $0 }
            .joined(separator: "\r\n") + "\r\n"
        #expect(unstuffed == MailMessage.render(message, from: "no-reply@dmp.test"))
        let mail = ParsedMail(unstuffed)
        #expect(mail.body == text)
        #expect(mail.subject == message.subject)
        #expect(mail.headers["To"] == "holder@example.org")
    }

    @Test("a refused recipient is a permanent failure that does not quote the server")
    func refusedRecipient() async throws {
        let error = try await FakeSMTPServer.with(.rejectingRecipients) { server in
            await #expect(throws: NotificationDeliveryError.self) { try await Self.transport(server).send(Self.message("x")) }
        }
        #expect(error?.isPermanent == true)
        #expect(error?.summary == "SMTP RCPT TO refused with 550")
    }

    @Test("an unavailable server and a silent one are retryable failures")
    func retryableFailures() async throws {
        let unavailable = try await FakeSMTPServer.with(.unavailable) { server in
            await #expect(throws: NotificationDeliveryError.self) { try await Self.transport(server).send(Self.message("x")) }
        }
        #expect(unavailable?.isPermanent == false)
        let silent = try await FakeSMTPServer.with(.silent) { server in
            await #expect(throws: NotificationDeliveryError.self) {
                try await Self.transport(server, timeout: .milliseconds(300)).send(Self.message("x"))
            }
        }
        #expect(silent?.summary == "SMTP delivery timed out" && silent?.isPermanent == false)
    }

    @Test("a message the relay accepted counts as sent even if the goodbye never comes")
    func acceptedThenSilent() async throws {
        let sessions = try await FakeSMTPServer.with(.hangingAfterMessage) { server in
            try await Self.transport(server, timeout: .seconds(3)).send(Self.message("x"))
            return server.recorded
        }
        #expect(sessions.first?.commands.last == "QUIT")
    }

    @Test("no command can be forged through an address")
    func forgedAddress() async throws {
        let session = try await FakeSMTPServer.with { server in
            let error = await #expect(throws: NotificationDeliveryError.self) {
                try await Self.transport(server).send(Self.message("x", to: "a@b.example>\r\nRCPT TO:<evil@example.org"))
            }
            #expect(error?.isPermanent == true)
            return server.recorded
        }
        #expect(session.isEmpty)
    }

    @Test("the sender delivers through SMTP and marks the rows sent", arguments: TestDatabase.all)
    func senderOverSMTP(database: TestDatabase) async throws {
        try await TestDMP.with(database) { dmp in
            try await NotificationFixtures.enqueue(dmp, .emergencyAccess(NotificationFixtures.urgentist))
            let sessions = try await FakeSMTPServer.with { server in
                let result = await NotificationFixtures.sender(dmp, transport: Self.transport(server)).drainOnce()
                #expect(result == (2, 0))
                return server.recorded
            }
            #expect(Set(sessions.compactMap { $0.commands.first { $0.hasPrefix("RCPT") } })
                == ["RCPT TO:<holder@example.org>", "RCPT TO:<\(Fixtures.gpIDNPS)@mssante.example>"])
            #expect(try await NotificationFixtures.outbox(dmp).allSatisfy { $0.sentAt != nil })
        }
    }
}
