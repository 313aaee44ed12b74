import Foundation

/// Feeding, settings and traces: who may add documents, change the record's settings and
/// read its history.
extension AccessPolicy {
    /// Adding documents: the holder's side, and any professional (no authorisation needed).
    func feed(_ request: AccessRequest, as party: AccessParty) -> AccessDecision {
        switch party {
        case .holder:
            return .allow(.holder, "The holder adds their own documents.")
        case .representative:
            return .allow(.legalRepresentative, "A legal representative adds documents for the minor.")
        case .professional(let standing):
            if standing.isBlocked && !blockedProfessionalsMayFeed {
                return .deny(.blockedProfessional, "The holder has blocked this professional.")
            }
            return .allow(.feeding, "Feeding the DMP needs no authorisation.")
        }
    }

    /// Changing the record's settings: the holder's side, and professionals for a few
    /// declarations.
    func changeSettings(_ request: AccessRequest, as party: AccessParty) -> AccessDecision {
        switch party {
        case .holder:
            return .allow(.holder, "The holder manages their DMP.")
        case .representative:
            return .allow(.legalRepresentative, "A legal representative manages the DMP of a minor.")
        case .professional(let standing):
            return professionalSetting(request, standing)
        }
    }

    /// What a professional may change: declare an authorisation with the patient's consent,
    /// record their designation as médecin traitant (TD0.3), and for the médecin traitant
    /// and administrators block another professional (MES "administrateur").
    private func professionalSetting(_ request: AccessRequest, _ standing: ProfessionalStanding) -> AccessDecision {
        if standing.isBlocked {
            return .deny(.blockedProfessional, "The holder has blocked this professional.")
        }
        switch request.action {
        case .declareAuthorisation:
            return .allow(.professionalDeclaration, "A professional declares an authorisation with the patient's consent.")
        case .declareAttendingPhysician:
            guard request.actor.professionCode == "10" else {
                return .deny(.notAPhysician, "Only a physician can be médecin traitant.")
            }
            return .allow(.professionalDeclaration, "A physician records that the holder designated them médecin traitant.")
        case .blockProfessional:
            guard let privilege = standing.privilege else {
                return .deny(.holderOnly, "Only the holder, a legal representative or the médecin traitant may block a professional.")
            }
            return .allow(privilege.code, "The médecin traitant may block another professional.")
        default:
            return .deny(.holderOnly, "Only the holder or a legal representative of a minor manages the DMP's settings.")
        }
    }

    /// Reading the record's history: the holder's side only.
    func readTraces(_ request: AccessRequest, as party: AccessParty) -> AccessDecision {
        switch party {
        case .holder:
            return .allow(.holder, "The holder reads the history of their DMP.")
        case .representative:
            return .allow(.legalRepresentative, "A legal representative reads the history of a minor's DMP.")
        case .professional:
            return .deny(.holderOnly, "Only the holder's side reads the history of the DMP.")
        }
    }
}
