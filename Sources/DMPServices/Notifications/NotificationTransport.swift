/// Delivers one message; the sender service decides what happens after a failure.
public protocol NotificationTransport: Sendable {
    /// Delivers `message`, or throws. Throw a permanent `NotificationDeliveryError` when
    /// retrying cannot help (the address is refused); any other error is retried.
    func send(_ message: OutgoingMessage) async throws
}
