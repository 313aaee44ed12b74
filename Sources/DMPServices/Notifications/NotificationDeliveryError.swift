/// A delivery failure a transport could classify. Its description is what the outbox keeps
/// as `last_error`, so it never quotes an address or a server's free text (which often
/// echoes the address).
public struct NotificationDeliveryError: Error, Sendable, Hashable, CustomStringConvertible {
    /// Whether retrying is pointless (a 5xx SMTP reply, an address that cannot be built).
    public let isPermanent: Bool
    /// What failed, without personal data.
    public let summary: String

    /// Creates an error.
    public init(permanent: Bool, _ summary: String) {
        self.isPermanent = permanent
        self.summary = summary
    }

    /// The summary, as stored and logged.
    public var description: String { summary }
}
