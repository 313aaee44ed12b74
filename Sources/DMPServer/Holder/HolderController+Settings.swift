import DMPDomain
import DMPServices
import Foundation
import Hummingbird

/// The holder's access settings: blocking, authorisations, médecin traitant, emergency
/// consents, mask-all, notification address. Every change answers the new settings.
extension HolderController {
    /// Adds the `settings` routes.
    func addSettingsRoutes(to routes: RouteCollection<AppRequestContext>) {
        routes.get("settings") { _, context in
            let (actor, key) = try holder(context)
            return try HolderHTTP.response(try await services.recordSettings(key, actor: actor))
        }
        routes.post("settings/blocked") { request, context in
            let (actor, key) = try holder(context)
            let body = try await HolderHTTP.body(HolderRequest.Professional.self, of: request)
            let idnps = try HolderHTTP.idnps(body.idnps)
            return try HolderHTTP.response(try await services.blockProfessional(key, idnps, actor: actor))
        }
        routes.delete("settings/blocked/:idnps") { _, context in
            let (actor, key) = try holder(context)
            let idnps = try HolderHTTP.idnps(try HolderHTTP.parameter("idnps", context))
            return try HolderHTTP.response(try await services.unblockProfessional(key, idnps, actor: actor))
        }
        routes.post("settings/authorisations") { request, context in
            let (actor, key) = try holder(context)
            let body = try await HolderHTTP.body(HolderRequest.Authorisation.self, of: request)
            let idnps = try HolderHTTP.idnps(body.idnps)
            return try HolderHTTP.response(
                try await services.grantAuthorisation(key, to: idnps, expiresAt: body.expiresAt, actor: actor))
        }
        routes.delete("settings/authorisations/:idnps") { _, context in
            let (actor, key) = try holder(context)
            let idnps = try HolderHTTP.idnps(try HolderHTTP.parameter("idnps", context))
            return try HolderHTTP.response(try await services.revokeAuthorisation(key, of: idnps, actor: actor))
        }
        routes.put("settings/attending-physician") { request, context in
            let (actor, key) = try holder(context)
            let body = try await HolderHTTP.body(HolderRequest.AttendingPhysician.self, of: request)
            let idnps = try body.idnps.map { raw throws(DMPError) in try HolderHTTP.idnps(raw) }
            return try HolderHTTP.response(try await services.designateAttendingPhysician(key, idnps, actor: actor))
        }
        routes.put("settings/emergency/:purpose") { request, context in try await setEmergencyConsent(request, context) }
        routes.put("settings/mask-all") { request, context in
            let (actor, key) = try holder(context)
            let body = try await HolderHTTP.body(HolderRequest.MaskAll.self, of: request)
            return try HolderHTTP.response(try await services.setMaskAllDocuments(key, body.on, actor: actor))
        }
        routes.post("settings/legal-representatives") { request, context in
            let (actor, key) = try holder(context)
            let body = try await HolderHTTP.body(HolderRequest.Representative.self, of: request)
            let representative = LegalRepresentative(id: body.id, displayName: body.displayName)
            return try HolderHTTP.response(try await services.addLegalRepresentative(key, representative, actor: actor))
        }
        routes.delete("settings/legal-representatives/:id") { _, context in
            let (actor, key) = try holder(context)
            let id = try HolderHTTP.parameter("id", context)
            return try HolderHTTP.response(try await services.removeLegalRepresentative(key, id: id, actor: actor))
        }
        routes.put("settings/birth-date") { request, context in
            let (actor, key) = try holder(context)
            let body = try await HolderHTTP.body(HolderRequest.BirthDate.self, of: request)
            return try HolderHTTP.response(try await services.setHolderBirthDate(key, body.birthDate, actor: actor))
        }
        routes.put("settings/email") { request, context in
            let (actor, key) = try holder(context)
            let body = try await HolderHTTP.body(HolderRequest.Email.self, of: request)
            return try HolderHTTP.response(try await services.setHolderEmail(key, body.address, actor: actor))
        }
    }

    /// `PUT settings/emergency/:purpose` with `{"decision": "permit" | "deny"}`.
    private func setEmergencyConsent(_ request: Request, _ context: AppRequestContext) async throws -> Response {
        let (actor, key) = try holder(context)
        let purpose = EmergencyPurpose(rawValue: try HolderHTTP.parameter("purpose", context))
        guard EmergencyPurpose.all.contains(purpose) else {
            throw DMPError(.malformed, "The emergency purpose must be ETREAT, BTG or MASKED.", element: "purpose")
        }
        let body = try await HolderHTTP.body(HolderRequest.Emergency.self, of: request)
        guard let decision = ConsentDecision(rawValue: body.decision) else {
            throw DMPError(.malformed, "The decision must be permit or deny.", element: "decision")
        }
        return try HolderHTTP.response(try await services.setEmergencyConsent(key, purpose, to: decision, actor: actor))
    }
}
