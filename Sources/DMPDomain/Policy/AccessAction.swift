/// What an actor asks to do, for ``AccessPolicy/decide(_:)``. An open set: the services
/// name their use cases with these, and an action the policy does not know is refused.
public struct AccessAction: Hashable, Sendable, Codable, CustomStringConvertible {
    /// Stable code, also usable in audit rows.
    public let rawValue: String
    /// Which family of rules applies.
    public let category: Category

    /// Creates an action.
    public init(_ rawValue: String, _ category: Category) {
        self.rawValue = rawValue
        self.category = category
    }

    /// The code.

    public var description: String { rawValue }

    /// Families of actions, each with its own rules.
    public enum Category: String, Sendable, Codable {
        /// Seeing documents: needs an authorisation, a care team or an emergency mode.
        case consultation
        /// Adding documents: needs no authorisation (spec §3.2).
        case feeding
        /// Changing a document: replace, status, confidentiality (spec §4.11).
        case documentManagement
        /// Changing the record's settings (spec §3.6).
        case settings
        /// Reading the record's access history (spec §3.5).
        case traces
    }

    /// Search the registry (ITI-67 / ITI-18); the decision carries the restriction.
    public static let search = AccessAction("SEARCH", .consultation)
    /// Search submission sets and folders (ITI-66).
    public static let list = AccessAction("LIST", .consultation)
    /// Read the metadata of one document (give the document in the request).
    public static let read = AccessAction("READ", .consultation)
    /// Retrieve the content of one document (ITI-68; give the document in the request).
    public static let retrieve = AccessAction("RETRIEVE", .consultation)
    /// Publish documents (ITI-65 / ITI-105 / ITI-41).
    public static let publish = AccessAction("PUBLISH", .feeding)
    /// Replace a document with a new version (RPLC).
    public static let replace = AccessAction("REPLACE", .documentManagement)
    /// Delete, archive or unarchive a document.
    public static let changeStatus = AccessAction("CHANGE_STATUS", .documentManagement)
    /// Change a document's confidentiality codes (give the new codes in the request).
    public static let changeConfidentiality = AccessAction("CHANGE_CONFIDENTIALITY", .documentManagement)
    /// Any change of `RecordSettings` by the holder's side.
    public static let manageSettings = AccessAction("MANAGE_SETTINGS", .settings)
    /// Block a professional: also open to the médecin traitant and administrators (MES).
    public static let blockProfessional = AccessAction("BLOCK_PROFESSIONAL", .settings)
    /// A professional declares an authorisation with the patient's consent (TD0.3).
    public static let declareAuthorisation = AccessAction("DECLARE_AUTHORISATION", .settings)
    /// A physician records that the holder designated them médecin traitant (TD0.3).
    public static let declareAttendingPhysician = AccessAction("DECLARE_ATTENDING_PHYSICIAN", .settings)
    /// Read the history of accesses and actions.
    public static let readTraces = AccessAction("READ_TRACES", .traces)

    /// Every action the policy has rules for; any other is refused.
    public static let all: Set<AccessAction> = [
        .search, .list, .read, .retrieve, .publish, .replace, .changeStatus, .changeConfidentiality,
        .manageSettings, .blockProfessional, .declareAuthorisation, .declareAttendingPhysician, .readTraces,
    ]

    /// Whether this action shows documents, so the decision's restriction matters.
    public var isConsultation: Bool { category == .consultation }
}
