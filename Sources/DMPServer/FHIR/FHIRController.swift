import DMPAuth
import DMPDomain
import DMPFHIR
import DMPServices
import Foundation
import Hummingbird

/// The FHIR API (IHE MHD / PDSm) over the use cases: ITI-65, ITI-105, ITI-66, ITI-67,
/// ITI-68, reads, PATCH, Patient lookup and the CapabilityStatement. Handlers decode,
/// call one use case with the authenticated actor, and encode: access rules and audit are
/// the services' business, never decided here.
struct FHIRController {
    let services: DMPServices
    let context: FHIRServerContext
    let maximumRequestBytes: Int
    let simplifiedPublishDefaults: SimplifiedPublishDefaults

    /// Media types accepted for FHIR resources in request bodies.
    static let resourceMediaTypes = ["application/fhir+json", "application/json"]

    /// The routes, to be added under the FHIR base path.
    var endpoints: RouteCollection<AppRequestContext> {
        let routes = RouteCollection(context: AppRequestContext.self)
        routes.get("metadata") { _, _ in capabilityStatement() }
        routes.post { request, context in try await provideBundle(request, context) }
        routes.post("DocumentReference") { request, context in try await simplifiedPublish(request, context) }
        routes.get("DocumentReference") { request, context in
            try await findDocumentReferences(FHIRHTTP.parameters(query: request.uri.query), context)
        }
        routes.post("DocumentReference/_search") { request, context in
            try await findDocumentReferences(try await formParameters(request), context)
        }
        routes.get("DocumentReference/:id") { _, context in try await readDocumentReference(context) }
        routes.patch("DocumentReference/:id") { request, context in try await patchDocumentReference(request, context) }
        routes.patch("DocumentReference") { request, context in try await patchDocumentReference(request, context) }
        routes.get("List") { request, context in try await findLists(FHIRHTTP.parameters(query: request.uri.query), context) }
        routes.post("List/_search") { request, context in try await findLists(try await formParameters(request), context) }
        routes.get("List/:id") { _, context in try await readList(context) }
        routes.get("Binary/:id") { request, context in try await retrieveDocument(request, context) }
        routes.get("Patient") { request, context in try await findPatient(FHIRHTTP.parameters(query: request.uri.query), context) }
        routes.get("Patient/:id") { _, context in try await readPatient(context) }
        routes.post("Consent") { request, context in try await declareConsent(request, context) }
        routes.get("AuditEvent") { request, context in try await findAuditEvents(FHIRHTTP.parameters(query: request.uri.query), context) }
        return routes
    }

    /// The authenticated actor (the middleware guarantees one on these routes).
    func actor(_ context: AppRequestContext) throws -> Actor {
        guard let actor = context.actor else { throw AuthenticationError.missingCredentials }
        return actor
    }

    /// The `:id` path parameter.
    func identifier(_ context: AppRequestContext) throws(FHIRError) -> String {
        guard let id = context.parameters.get("id"), !id.isEmpty else { throw FHIRError.notFound }
        return id
    }

    private func formParameters(_ request: Request) async throws -> [SearchParameter] {
        try FHIRHTTP.requireMediaType(request, ["application/x-www-form-urlencoded"])
        return FHIRHTTP.parameters(form: try await FHIRHTTP.body(of: request, limit: 1 << 20))
    }

    private func capabilityStatement() -> Response {
        let statement = FHIRCapabilityStatement(
            options: CapabilityOptions(), context: context, softwareVersion: "0.1.0", date: FHIRDateTime.format(Date()))
        return FHIRHTTP.response(.capabilityStatement(statement))
    }
}
