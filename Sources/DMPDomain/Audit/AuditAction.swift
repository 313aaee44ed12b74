/// What an audited event did. An open set: issues add actions without touching stores.
public struct AuditAction: Hashable, Sendable, Codable, CustomStringConvertible {
    /// Stable code.
    public let rawValue: String
    /// History group shown to the holder (MES `GENERAL`, `MEDICAL_DOCUMENT`, `SERVICE_TIERS`).
    public let group: String

    /// Creates an action.
    public init(_ rawValue: String, group: String) {
        self.rawValue = rawValue
        self.group = group
    }
    public var description: String { rawValue }

    public static let recordCreate = AuditAction("record.create", group: "GENERAL")
    public static let recordStatus = AuditAction("record.status", group: "GENERAL")
    public static let recordClose = AuditAction("record.close", group: "GENERAL")
    public static let recordReopen = AuditAction("record.reopen", group: "GENERAL")
    public static let recordOppose = AuditAction("record.oppose", group: "GENERAL")
    public static let recordPurge = AuditAction("record.purge", group: "GENERAL")
    public static let documentPublish = AuditAction("document.publish", group: "MEDICAL_DOCUMENT")
    public static let documentSearch = AuditAction("document.search", group: "MEDICAL_DOCUMENT")
    public static let documentRead = AuditAction("document.read", group: "MEDICAL_DOCUMENT")
    public static let documentRetrieve = AuditAction("document.retrieve", group: "MEDICAL_DOCUMENT")
    public static let documentStatusChange = AuditAction("document.status", group: "MEDICAL_DOCUMENT")
    public static let documentConfidentialityChange = AuditAction("document.confidentiality", group: "MEDICAL_DOCUMENT")
    public static let documentReplace = AuditAction("document.replace", group: "MEDICAL_DOCUMENT")
    public static let documentDelete = AuditAction("document.delete", group: "MEDICAL_DOCUMENT")
    public static let submissionSetSearch = AuditAction("submissionset.search", group: "MEDICAL_DOCUMENT")
}
