import DMPDomain
import DMPStorage
import Foundation

extension DMPServices {
    /// A structure declares that the patient is in care there: its care team is then presumed
    /// authorised (spec §3.2). The operator declares it on the structure's behalf.
    @discardableResult
    public func declareCareTeam(
        _ key: PatientKey, structure: StructureIdentifier, structureName: String?, until: Date? = nil, actor: Actor
    ) async throws -> RecordSettings {
        try await updateSettings(key, actor: actor, action: .manageSettings, description: "care team \(structure.value)") { settings, now in
            try settings.declareCareTeam(CareTeamDeclaration(
                structure: structure, structureName: structureName, declaredBy: actor.id, from: now, until: until))
        }
    }

    /// Ends the care of the patient in a structure.
    @discardableResult
    public func endCareTeam(_ key: PatientKey, structure: StructureIdentifier, actor: Actor) async throws -> RecordSettings {
        try await updateSettings(key, actor: actor, action: .manageSettings, description: "end care team \(structure.value)") { settings, now in
            _ = settings.endCareTeam(structure, at: now)
        }
    }

    /// Removes a legal representative.
    @discardableResult
    public func removeLegalRepresentative(_ key: PatientKey, id: String, actor: Actor) async throws -> RecordSettings {
        try await updateSettings(key, actor: actor, action: .manageSettings, description: "remove legal representative") { settings, _ in
            _ = settings.removeLegalRepresentative(id: id)
        }
    }
}
