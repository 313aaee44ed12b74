import DMPDomain
import Foundation

/// Who acts: kind 0–5 a professional, 6 the holder, 7–8 the representative (listed or not,
/// as the settings say), 9 another patient.
struct ActorPlan: Sendable, CustomStringConvertible {
    /// See the type's comment.
    let kind: Int
    /// Index in ``PolicyPools/professionals``.
    let professional: Int
    /// Index in ``PolicyPools/professions``.
    let profession: Int
    /// Index in ``PolicyPools/modes``.
    let mode: Int
    /// Index in ``PolicyPools/reasons``.
    let reason: Int
    /// 0 none, else index + 1 in ``PolicyPools/structures``.
    let structure: Int
    /// Whether the adapters flag a SAMU regulator.
    let samu: Bool

    /// Readable form for failures.
    var description: String {
        let profession = PolicyPools.professions[profession] ?? "nil"
        return "actor(kind \(kind) ps \(professional) prof \(profession) mode \(mode) reason \(reason) "
            + "structure \(structure) samu \(samu))"
    }

    /// The actor.
    func build() -> Actor {
        typealias P = PolicyPools
        switch kind {
        case 0...5:
            return Actor(
                kind: .professional, id: P.professionals[professional], displayName: "PS",
                professionCode: P.professions[profession], structureId: structure == 0 ? nil : P.structures[structure - 1],
                accessMode: P.modes[mode], accessReason: P.reasons[reason])
        case 6: return PolicyFixtures.holder
        case 7, 8: return Actor(kind: .legalRepresentative, id: P.representativeID, displayName: "R")
        default: return Actor.holder(PatientKey(rawValue: "\(INSAuthority.test.oid)|180010100100158"))
        }
    }
}
