import Foundation

/// What the holder, and the professionals on the holder's behalf, set on a record: who may
/// consult it, who may not, emergency consents, masking, representatives, notifications
/// (spec §3.2–3.6). A pure value: every change goes through a mutating method that
/// enforces the rules and throws a `DMPError`, and the services persist the result.
///
/// The properties are read-only from outside so that a value built by the methods always
/// keeps the invariants (a blocked professional is never the médecin traitant). A value
/// decoded from storage is trusted as written; the policy still lets a block win over
/// everything, so an inconsistent row can never open access.
public struct RecordSettings: Hashable, Sendable, Codable {
    /// Every authorisation ever given, active or not (the history is the holder's to see).
    public internal(set) var authorisations: [Authorisation]
    /// Professionals the holder blocked: no access in any mode (spec §3.2, §3.4).
    public internal(set) var blockedProfessionals: Set<IDNPS>
    /// The médecin traitant DMP: sees everything, masked documents included (spec §3.2).
    public internal(set) var attendingPhysician: IDNPS?
    /// Professionals the holder gave the médecin traitant's rights ("administrateur" in MES).
    public internal(set) var administrators: Set<IDNPS>
    /// Structures where the patient is (or was) in care; their staff are presumed authorised.
    public internal(set) var careTeams: [CareTeamDeclaration]
    /// The three emergency consents.
    public internal(set) var emergencyConsents: EmergencyConsents
    /// "Je masque tous mes documents": existing documents are masked when it is turned on,
    /// and new ones while it stays on (spec §3.6).
    public internal(set) var masksAllDocuments: Bool
    /// People who act for the holder.
    public internal(set) var legalRepresentatives: [LegalRepresentative]
    /// The holder's birth date, ISO `yyyy-MM-dd` as in `INSTraits`, to tell a minor; nil
    /// to use the record's INS traits.
    public internal(set) var holderBirthDate: String?
    /// Which events the holder is notified of.
    public internal(set) var notifications: NotificationPreferences
    /// Where the holder receives notifications; nil: no e-mail (the history still shows events).
    public internal(set) var holderEmail: String?

    /// The settings of a new record: nobody authorised or blocked, default emergency
    /// consents (``EmergencyConsents/defaults``), nothing masked, every notification on.
    public init() {
        authorisations = []
        blockedProfessionals = []
        attendingPhysician = nil
        administrators = []
        careTeams = []
        emergencyConsents = .defaults
        masksAllDocuments = false
        legalRepresentatives = []
        holderBirthDate = nil
        notifications = .defaults
        holderEmail = nil
    }

    /// Sets (or with nil removes) the holder's notification address.
    public mutating func setHolderEmail(_ address: String?) throws(DMPError) {
        if let address {
            let parts = address.split(separator: "@", omittingEmptySubsequences: false)
            guard parts.count == 2, !parts[0].isEmpty, parts[1].contains("."), address.count <= 254,
                  !address.contains(where: { $0.isWhitespace || $0.isNewline || $0 == "<" || $0 == ">" })
            else { throw DMPError(.invalidSetting, "The notification address is not a plain e-mail address.", element: "email") }
        }
        holderEmail = address
    }

    /// Whether the services must add `MASQUE_PS` to every new document of this record.
    public var masksNewDocuments: Bool { masksAllDocuments }
}
