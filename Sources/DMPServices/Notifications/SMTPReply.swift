import NIOCore

/// A server reply; only its code matters to the client.
struct SMTPReply: Sendable, Hashable {
    /// The three-digit code.
    let code: Int

    /// One line of a reply: `250-first`, …, `250 last` (RFC 5321 §4.2).
    struct Line {
        let code: Int
        /// False for a continuation line (`-` after the code).
        let isFinal: Bool

        /// Parses a reply line; nil when it does not start with a reply code.
        init?(_ text: String) {
            let scalars = Array(text.unicodeScalars)
            guard scalars.count >= 3, let code = Int(String(String.UnicodeScalarView(scalars[0..<3]))),
                  (200..<600).contains(code)
            else { return nil }
            self.code = code
            self.isFinal = scalars.count == 3 || scalars[3] != "-"
        }
    }
}

/// Splits the byte stream into lines (CRLF, or a bare LF from a lax server).
struct SMTPLineDecoder: ByteToMessageDecoder {
    /// One line, without its line break.
    typealias InboundOut = String

    /// Longer lines are refused, so a broken server cannot make the client buffer without end
    /// (RFC 5321 §4.5.3.1.5 allows 512 octets).
    private static let maximumLength = 4096

    /// Emits every complete line in `buffer`.
    mutating func decode(context: ChannelHandlerContext, buffer: inout ByteBuffer) throws -> DecodingState {
        guard let newline = buffer.readableBytesView.firstIndex(of: UInt8(ascii: "\n")) else {
            if buffer.readableBytes > Self.maximumLength {
                throw NotificationDeliveryError(permanent: false, "the SMTP server sent an over-long line")
            }
            return .needMoreData
        }
        var line = buffer.readString(length: newline - buffer.readerIndex) ?? ""
        buffer.moveReaderIndex(forwardBy: 1)
        if line.hasSuffix("\r") { line.removeLast() }
        context.fireChannelRead(wrapInboundOut(line))
        return .continue
    }
}
