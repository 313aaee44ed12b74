/// Which events the holder is notified of (spec §3.5). Every event starts on, as MES
/// promises a notification "à chaque accès"; throttling to the first access of each
/// professional is an assumption of ours, since the spec leaves it open.
public struct NotificationPreferences: Hashable, Sendable, Codable {
    /// Events that are notified.
    public private(set) var enabled: Set<NotificationEvent>

    /// Creates preferences with `enabled` on and every other event off.
    public init(enabled: Set<NotificationEvent> = Set(NotificationEvent.all)) {
        self.enabled = enabled
    }

    /// The preferences of a new record: everything on.
    public static let defaults = NotificationPreferences()

    /// Whether `event` is notified. An emergency access always is, whatever was stored:
    /// the law requires the holder to be informed of each one (CSP R1111-48).
    public func isEnabled(_ event: NotificationEvent) -> Bool {
        event == .emergencyAccess || enabled.contains(event)
    }

    /// Turns `event` on or off; callers check the rules first (see `RecordSettings`).
    mutating func set(_ event: NotificationEvent, enabled on: Bool) {
        if on { enabled.insert(event) } else { enabled.remove(event) }
    }
}
