import NIOCore
import Synchronization

/// One SMTP dialogue over an open connection (RFC 5321 §3, §4.1).
struct SMTPSession {
    /// The server's lines.
    var replies: NIOAsyncChannelInboundStream<String>.AsyncIterator
    /// Where commands and data go.
    let outbound: NIOAsyncChannelOutboundWriter<ByteBuffer>

    /// Greeting, EHLO (HELO for a server that predates ESMTP), MAIL FROM, RCPT TO, DATA,
    /// the message, QUIT.
    mutating func deliver(_ envelope: SMTPEnvelope, data: String, progress: SMTPProgress) async throws {
        try Self.expect(try await reply(), [220], step: "greeting")
        try await command("EHLO \(envelope.heloName)")
        let ehlo = try await reply()
        if ehlo.code == 500 || ehlo.code == 502 {
            try await command("HELO \(envelope.heloName)")
            try Self.expect(try await reply(), [250], step: "HELO")
        } else {
            try Self.expect(ehlo, [250], step: "EHLO")
        }
        try await command("MAIL FROM:<\(envelope.from)>")
        try Self.expect(try await reply(), [250], step: "MAIL FROM")
        try await command("RCPT TO:<\(envelope.to)>")
        try Self.expect(try await reply(), [250, 251], step: "RCPT TO", permanentOn5xx: true)
        try await command("DATA")
        try Self.expect(try await reply(), [354], step: "DATA")
        try await outbound.write(ByteBuffer(string: Self.dataSection(data)))
        try Self.expect(try await reply(), [250], step: "message", permanentOn5xx: true)
        // The relay has taken the message: nothing after this point may fail the delivery.
        progress.markAccepted()
        try? await command("QUIT")
        _ = try? await reply()
    }

    /// The message as DATA carries it: CRLF lines, a `.` doubled at the start of any line
    /// that has one (dot-stuffing, RFC 5321 §4.5.2) so that no line of the message can end
    /// it early, then the `.` line that does.
    static func dataSection(_ message: String) -> String {
        let normalised = message.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n")
        var lines = normalised.split(separator: "\n", omittingEmptySubsequences: false)
        if lines.last == "" { lines.removeLast() }
        return lines.map { $0.hasPrefix(".") ? "." + $0 : String($0) }.joined(separator: "\r\n") + "\r\n.\r\n"
    }

    private func command(_ line: String) async throws {
        try await outbound.write(ByteBuffer(string: line + "\r\n"))
    }

    /// The next reply, reading the continuation lines (`250-…`) up to the final one.
    private mutating func reply() async throws -> SMTPReply {
        while let line = try await replies.next() {
            guard let parsed = SMTPReply.Line(line) else {
                throw NotificationDeliveryError(permanent: false, "the SMTP server sent an unreadable reply")
            }
            if parsed.isFinal { return SMTPReply(code: parsed.code) }
        }
        throw NotificationDeliveryError(permanent: false, "the SMTP server closed the connection")
    }

    /// Throws unless `reply` has one of the `expected` codes. The error names the step and
    /// the code only: servers' texts often quote the address.
    private static func expect(_ reply: SMTPReply, _ expected: Set<Int>, step: String, permanentOn5xx: Bool = false) throws {
        guard !expected.contains(reply.code) else { return }
        let permanent = permanentOn5xx && (500..<600).contains(reply.code)
        throw NotificationDeliveryError(permanent: permanent, "SMTP \(step) refused with \(reply.code)")
    }
}

/// Who talks to whom in one session.
struct SMTPEnvelope: Sendable {
    /// The client's name in EHLO.
    let heloName: String
    /// Envelope sender (MAIL FROM).
    let from: String
    /// Envelope recipient (RCPT TO).
    let to: String
}

/// Whether the relay has accepted the message, readable after the session was cut short.
final class SMTPProgress: Sendable {
    private let accepted = Mutex(false)

    /// True once the final 250 after DATA arrived.
    var isAccepted: Bool { accepted.withLock { $0 } }

    /// Records the acceptance.
    func markAccepted() { accepted.withLock { $0 = true } }
}
