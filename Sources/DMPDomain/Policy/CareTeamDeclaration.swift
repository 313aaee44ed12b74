import Foundation

/// The patient is in care in a structure, so the members of its care team are presumed
/// authorised (CSP R1111-46, L1110-12, spec §3.2): a professional acting for that
/// structure (`Actor.structureId`) consults without an individual authorisation.
public struct CareTeamDeclaration: Hashable, Sendable, Codable {
    /// StructIdNat of the structure where the patient is in care.
    public let structure: StructureIdentifier
    /// Its name, for the holder's screens.
    public let structureName: String?
    /// Who declared it (IDNPS of a professional, or StructIdNat of the declaring structure).
    public let declaredBy: String
    /// Start of the care.
    public let from: Date
    /// End of the care, or nil while it goes on.
    public internal(set) var until: Date?

    /// Creates a declaration; use `RecordSettings.declareCareTeam(_:)`, which checks it.
    public init(structure: StructureIdentifier, structureName: String? = nil, declaredBy: String, from: Date, until: Date? = nil) {
        self.structure = structure
        self.structureName = structureName
        self.declaredBy = declaredBy
        self.from = from
        self.until = until
    }

    /// Whether the care is going on at `now`.
    public func isActive(at now: Date) -> Bool {
        from <= now && (until.map { now < $0 } ?? true)
    }
}
