import DMPStorage
import Foundation

/// A message ready for a transport: the outbox row with its recipient resolved to an address.
public struct OutgoingMessage: Sendable, Hashable {
    /// The outbox id, reused as the Message-ID so that a retry is recognisably the same message.
    public let id: String
    /// What it announces (for logs and file names, never the text).
    public let kind: OutboxNotification.Kind
    /// The recipient's e-mail address (a bare `local@domain`).
    public let to: String
    /// Subject line.
    public let subject: String
    /// Plain-text body.
    public let text: String
    /// When the event happened (the message's Date).
    public let date: Date

    /// Creates a message.
    public init(id: String, kind: OutboxNotification.Kind, to: String, subject: String, text: String, date: Date) {
        self.id = id
        self.kind = kind
        self.to = to
        self.subject = subject
        self.text = text
        self.date = date
    }

    /// The message of `notification`, its recipient resolved by `addressing`.
    public init(_ notification: OutboxNotification, addressing: RecipientAddressing) throws(NotificationDeliveryError) {
        self.init(
            id: notification.id, kind: notification.kind, to: try addressing.address(for: notification.recipient),
            subject: notification.subject, text: notification.text, date: notification.createdAt)
    }
}
