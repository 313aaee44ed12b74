/// An event the holder may be notified of (spec §3.5).
public struct NotificationEvent: Hashable, Sendable, Codable, CustomStringConvertible {
    /// The stored code.
    public let rawValue: String

    /// Wraps a stored code.
    public init(rawValue: String) { self.rawValue = rawValue }

    /// A professional consults the record for the first time.
    public static let firstAccessByProfessional = NotificationEvent(rawValue: "FIRST_ACCESS_BY_PROFESSIONAL")
    /// A professional consults the record in an emergency mode.
    public static let emergencyAccess = NotificationEvent(rawValue: "EMERGENCY_ACCESS")
    /// A document is added to the record.
    public static let newDocument = NotificationEvent(rawValue: "NEW_DOCUMENT")
    /// Every event the services know how to notify.
    public static let all: [NotificationEvent] = [.firstAccessByProfessional, .emergencyAccess, .newDocument]

    /// The code.

    public var description: String { rawValue }
}
