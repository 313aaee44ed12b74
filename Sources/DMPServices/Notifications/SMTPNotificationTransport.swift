import Foundation
import NIOCore
import NIOPosix

/// Delivers messages over SMTP (RFC 5321): EHLO, MAIL FROM, RCPT TO, DATA, QUIT, one
/// connection per message.
///
/// It speaks plain SMTP, without STARTTLS or authentication, on purpose: the server should
/// hand its mail to a relay it trusts on the same host or network segment (a local MTA on
/// loopback port 25, or a TLS-terminating relay such as the MSSanté gateway's connector),
/// which owns queueing, TLS, DKIM and the credentials of the outside world. Sending to the
/// Internet directly would need all of that here, and message texts name who accessed a
/// health record: they must never cross a network in clear, so never point this transport
/// at a server beyond such a relay.
///
/// Reply codes are checked at every step. A 5xx refusal of the recipient or of the message
/// is permanent; anything else that fails (a 5xx at the greeting, EHLO or MAIL FROM, which
/// means our own configuration is wrong, 4xx codes, timeouts, lost connections) is retried,
/// so a misconfigured relay delays notifications instead of discarding them.
public struct SMTPNotificationTransport: NotificationTransport {
    /// The relay's host.
    public let host: String
    /// The relay's port.
    public let port: Int
    /// Envelope sender and From address (a plain `local@domain`).
    public let from: String
    /// The name this client gives in EHLO (its host name).
    public let heloName: String
    /// Longest time one delivery may take, connection included.
    public let timeout: Duration

    /// Creates a transport; the defaults suit a local MTA.
    public init(
        host: String = "127.0.0.1", port: Int = 25, from: String, heloName: String = "localhost",
        timeout: Duration = .seconds(30)
    ) {
        self.host = host
        self.port = port
        self.from = from
        self.heloName = heloName
        self.timeout = timeout
    }

    /// Sends `message` in one SMTP session.
    public func send(_ message: OutgoingMessage) async throws {
        guard RecipientAddressing.isPlainAddress(from), Self.isHostName(heloName) else {
            throw NotificationDeliveryError(permanent: false, "the SMTP sender address or EHLO name is not valid")
        }
        guard RecipientAddressing.isPlainAddress(message.to) else {
            throw NotificationDeliveryError(permanent: true, "the recipient address is not a plain local@domain address")
        }
        let envelope = SMTPEnvelope(heloName: heloName, from: from, to: message.to)
        let data = MailMessage.render(message, from: from)
        let progress = SMTPProgress()
        do {
            try await Deadline.run(timeout, "SMTP delivery timed out") {
                try await exchange(envelope, data: data, progress: progress)
            }
        } catch {
            // Once the relay has taken the message, a failure while saying goodbye must not
            // count as a failed delivery: the retry would send the message twice.
            guard progress.isAccepted else { throw error }
        }
    }

    private func exchange(_ envelope: SMTPEnvelope, data: String, progress: SMTPProgress) async throws {
        let channel = try await ClientBootstrap(group: MultiThreadedEventLoopGroup.singleton)
            .connectTimeout(TimeAmount(timeout))
            .connect(host: host, port: port) { channel in
                channel.eventLoop.makeCompletedFuture {
                    try channel.pipeline.syncOperations.addHandler(ByteToMessageHandler(SMTPLineDecoder()))
                    return try NIOAsyncChannel<String, ByteBuffer>(wrappingChannelSynchronously: channel)
                }
            }
        try await channel.executeThenClose { inbound, outbound in
            var session = SMTPSession(replies: inbound.makeAsyncIterator(), outbound: outbound)
            try await session.deliver(envelope, data: data, progress: progress)
        }
    }

    /// Letters, digits, dots and hyphens: what EHLO may carry without an address literal.
    private static func isHostName(_ name: String) -> Bool {
        !name.isEmpty && name.unicodeScalars.allSatisfy {
            $0.isASCII && (("a"..."z").contains($0) || ("A"..."Z").contains($0) || ("0"..."9").contains($0) || $0 == "." || $0 == "-")
        }
    }
}
