import NIOCore
import NIOPosix
import Synchronization

/// A tiny SMTP server on loopback that records the dialogue, for testing the client over a
/// real TCP connection without an outside dependency.
final class FakeSMTPServer: Sendable {
    /// How the server answers.
    enum Behaviour: Sendable {
        /// Accepts everything.
        case accepting
        /// Refuses every recipient with 550.
        case rejectingRecipients
        /// Answers the greeting with 421 (service not available).
        case unavailable
        /// Accepts the connection and never says a word.
        case silent
        /// Accepts the message, then never answers QUIT.
        case hangingAfterMessage
    }

    /// What one session saw: the commands, and the DATA lines exactly as they arrived.
    struct Session: Sendable {
        /// Command lines, in order.
        var commands: [String] = []
        /// DATA lines before the final dot, still dot-stuffed.
        var dataLines: [String] = []
    }

    /// The port it listens on.
    let port: Int
    private let sessions = Mutex<[Session]>([])

    private init(port: Int) { self.port = port }

    /// Every finished or running session, in order.
    var recorded: [Session] { sessions.withLock { $0 } }

    /// Runs `body` with a server listening on 127.0.0.1, then stops it.
    static func with<T: Sendable>(
        _ behaviour: Behaviour = .accepting, _ body: @Sendable (FakeSMTPServer) async throws -> T
    ) async throws -> T {
        let listener = try await ServerBootstrap(group: MultiThreadedEventLoopGroup.singleton)
            .serverChannelOption(.socketOption(.so_reuseaddr), value: 1)
            .bind(host: "127.0.0.1", port: 0) { child in
                child.eventLoop.makeCompletedFuture {
                    try child.pipeline.syncOperations.addHandler(ByteToMessageHandler(LineDecoder()))
                    return try NIOAsyncChannel<String, ByteBuffer>(wrappingChannelSynchronously: child)
                }
            }
        let server = FakeSMTPServer(port: listener.channel.localAddress?.port ?? 0)
        return try await withThrowingTaskGroup(of: T?.self) { group in
            group.addTask {
                try await listener.executeThenClose { connections in
                    try await withThrowingTaskGroup(of: Void.self) { handlers in
                        for try await connection in connections {
                            handlers.addTask { try? await server.serve(connection, behaviour) }
                        }
                    }
                }
                return nil
            }
            let result = try await body(server)
            group.cancelAll()
            return result
        }
    }

    private func serve(_ connection: NIOAsyncChannel<String, ByteBuffer>, _ behaviour: Behaviour) async throws {
        let index = sessions.withLock { $0.append(Session()); return $0.count - 1 }
        try await connection.executeThenClose { lines, out in
            func reply(_ text: String) async throws { try await out.write(ByteBuffer(string: text + "\r\n")) }
            switch behaviour {
            case .silent:
                for try await _ in lines {}
                return
            case .unavailable:
                try await reply("421 4.3.2 try later")
                return
            case .accepting, .rejectingRecipients, .hangingAfterMessage:
                try await reply("220 fake.test ESMTP")
            }
            var inData = false
            for try await line in lines {
                if inData {
                    if line == "." {
                        inData = false
                        try await reply("250 2.0.0 queued")
                    } else {
                        sessions.withLock { $0[index].dataLines.append(line) }
                    }
                    continue
                }
                sessions.withLock { $0[index].commands.append(line) }
                let verb = line.prefix(4).uppercased()
                switch verb {
                case "EHLO": try await reply("250-fake.test greets you\r\n250-8BITMIME\r\n250 SIZE 1000000")
                case "MAIL": try await reply("250 2.1.0 ok")
                case "RCPT" where behaviour == .rejectingRecipients: try await reply("550 5.1.1 <someone@example.org> unknown")
                case "RCPT": try await reply("250 2.1.5 ok")
                case "DATA":
                    inData = true
                    try await reply("354 end with <CRLF>.<CRLF>")
                case "QUIT" where behaviour == .hangingAfterMessage:
                    continue  // no reply: keep reading until the client hangs up
                case "QUIT":
                    try await reply("221 2.0.0 bye")
                    return
                default: try await reply("502 5.5.2 not implemented")
                }
            }
        }
    }
}

/// Lines without their CRLF, kept otherwise exactly as sent.
private struct LineDecoder: ByteToMessageDecoder {
    /// One line.
    typealias InboundOut = String

    /// Emits every complete line.
    mutating func decode(context: ChannelHandlerContext, buffer: inout ByteBuffer) throws -> DecodingState {
        guard let newline = buffer.readableBytesView.firstIndex(of: UInt8(ascii: "\n")) else { return .needMoreData }
        var line = buffer.readString(length: newline - buffer.readerIndex) ?? ""
        buffer.moveReaderIndex(forwardBy: 1)
        if line.hasSuffix("\r") { line.removeLast() }
        context.fireChannelRead(wrapInboundOut(line))
        return .continue
    }
}
