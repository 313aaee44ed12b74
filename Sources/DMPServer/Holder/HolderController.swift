import DMPAuth
import DMPDomain
import DMPServices
import Foundation
import Hummingbird

/// The holder API under `/api/v1/record` (`docs/holder-api.md`): the holder, authenticated
/// by a patient token, manages their own record. Each handler decodes, calls one use case
/// with the actor and encodes: access rules and audit are the services' business.
struct HolderController {
    /// Where the holder API is mounted.
    static let basePath = "/api/v1/record"

    /// The use cases.
    let services: DMPServices

    /// The routes, to be added under `/api/v1/record`.
    var endpoints: RouteCollection<AppRequestContext> {
        let routes = RouteCollection(context: AppRequestContext.self)
        addSettingsRoutes(to: routes)
        routes.put("documents/:entryUUID/masked") { request, context in try await setDocumentMasked(request, context) }
        routes.get("documents/:entryUUID/content") { request, context in try await documentContent(request, context) }
        routes.get("history") { request, context in try await history(request, context) }
        routes.get("export") { _, context in try await export(context) }
        routes.post("close") { request, context in try await close(request, context) }
        routes.post("reopen") { _, context in try await reopen(context) }
        routes.post("oppose") { _, context in try await oppose(context) }
        return routes
    }

    /// The holder acting and the key of their record. A professional (or any other kind of
    /// actor) has no record of their own here: 403.
    func holder(_ context: AppRequestContext) throws -> (actor: Actor, key: PatientKey) {
        guard let actor = context.actor else { throw AuthenticationError.missingCredentials }
        guard actor.kind == .patient else {
            throw DMPError(.forbidden, "The record API is for the record holder; professionals use the FHIR API.")
        }
        return (actor, PatientKey(rawValue: actor.id))
    }

    /// The holder's INS, rebuilt from the record key (for the lifecycle use cases).
    func ins(of key: PatientKey) throws(DMPError) -> INS {
        let parts = key.ins
        return try services.ins(matricule: parts.matricule, authorityOID: parts.authorityOID)
    }
}
