import Foundation

/// How a professional stands on a record: blocked or not, designated or not, and on what
/// basis (if any) they may consult it in the access mode they declared.
extension AccessPolicy {
    /// What the settings and the declared access mode make of the acting professional.
    func standing(of request: AccessRequest) -> ProfessionalStanding {
        let actor = request.actor
        let settings = request.settings
        let blocked = settings.isBlocked(actor.id)
        let privilege: AccessReason? =
            if settings.isAttendingPhysician(actor.id) {
                AccessReason(.attendingPhysician, "The médecin traitant sees the whole record.")
            } else if settings.isAdministrator(actor.id) {
                AccessReason(.administrator, "The holder gave this professional the médecin traitant's rights.")
            } else {
                nil
            }
        let emergencyShowsMasked = actor.accessMode.isEmergency && settings.emergencyConsents.maskedDocuments == .permit
        return ProfessionalStanding(
            isBlocked: blocked, privilege: privilege,
            consultation: consultationBasis(request, blocked: blocked, privilege: privilege),
            seesMaskedDocuments: privilege != nil || emergencyShowsMasked)
    }

    /// The order matters: a block beats everything, emergency modes included (spec §3.4);
    /// the declared mode is then judged on its own, so a refused emergency access does not
    /// fall back silently to a normal one that the audit would record under the wrong mode;
    /// last, a profession the matrix gives nothing may not consult at all.
    private func consultationBasis(
        _ request: AccessRequest, blocked: Bool, privilege: AccessReason?
    ) -> Result<AccessReason, AccessRefusal> {
        let actor = request.actor
        let settings = request.settings
        if blocked {
            return .failure(AccessRefusal(.blockedProfessional, "The holder has blocked this professional's access to the DMP."))
        }
        let basis: AccessReason
        switch emergencyBasis(request) {
        case .success(let emergency?):
            basis = emergency
        case .failure(let refusal):
            return .failure(refusal)
        case .success(nil):
            if let privilege {
                basis = privilege
            } else if settings.activeAuthorisation(of: actor.id, at: request.now) != nil {
                basis = AccessReason(.authorised, "The professional holds an authorisation to consult the DMP.")
            } else if settings.activeCareTeam(for: actor.structureId, at: request.now) != nil {
                basis = AccessReason(.careTeam, "The professional belongs to a care team presumed authorised.")
            } else {
                return .failure(AccessRefusal(
                    .noAuthorisation, "The professional needs the patient's authorisation to consult the DMP."))
            }
        }
        guard !matrix.allowedTypeCodes(profession: actor.professionCode, specialty: actor.specialtyCode).isEmpty else {
            return .failure(AccessRefusal(.noHabilitation, "The habilitation matrix allows this profession no document."))
        }
        return .success(basis)
    }

    /// nil in normal mode; the emergency basis or the refusal in an emergency mode.
    private func emergencyBasis(_ request: AccessRequest) -> Result<AccessReason?, AccessRefusal> {
        let consents = request.settings.emergencyConsents
        switch request.actor.accessMode {
        case .breakTheGlass:
            let reason = request.actor.accessReason?.trimmingCharacters(in: .whitespacesAndNewlines) ?? ""
            guard !reason.isEmpty else {
                return .failure(AccessRefusal(.breakTheGlassReasonMissing, "Break-the-glass access needs a written reason."))
            }
            guard consents.breakTheGlass == .permit else {
                return .failure(AccessRefusal(.emergencyDeniedByPatient, "The holder refused break-the-glass access."))
            }
            return .success(AccessReason(.emergencyBreakTheGlass, "Break-the-glass access allowed by the holder."))
        case .centre15:
            // The regulator of a Centre 15 is a physician (CSP L6311-2); the flag alone,
            // set by an adapter, is not trusted for another profession.
            guard request.isSAMURegulator, request.actor.professionCode == "10" else {
                return .failure(AccessRefusal(.notASAMURegulator, "Centre 15 access is for the SAMU regulating physician."))
            }
            guard consents.samu == .permit else {
                return .failure(AccessRefusal(.emergencyDeniedByPatient, "The holder refused access by the SAMU-Centre 15."))
            }
            return .success(AccessReason(.emergencyCentre15, "SAMU-Centre 15 access allowed by the holder."))
        default:
            return .success(nil)
        }
    }
}
