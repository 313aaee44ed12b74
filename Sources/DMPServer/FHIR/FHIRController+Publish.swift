import DMPDomain
import DMPFHIR
import DMPServices
import Hummingbird

/// Publication: ITI-65 (transaction Bundle) and ITI-105 (simplified publish).
extension FHIRController {
    /// ITI-65: all-or-nothing; the response lists each request entry's outcome in order.
    func provideBundle(_ request: Request, _ context: AppRequestContext) async throws -> Response {
        try FHIRHTTP.requireMediaType(request, Self.resourceMediaTypes)
        let data = try await FHIRHTTP.body(of: request, limit: maximumRequestBytes)
        let bundle = try ProvideDocumentBundle(json: data)
        let patient = try await ins(of: bundle.patient)
        let result = try await services.publish(bundle.submission(patient: patient), actor: try actor(context))
        return FHIRHTTP.response(.bundle(FHIRBundle.transactionResponse(for: bundle, result: result, context: self.context)))
    }

    /// ITI-105: one DocumentReference with its bytes inline; 201 with the new resource.
    func simplifiedPublish(_ request: Request, _ context: AppRequestContext) async throws -> Response {
        try FHIRHTTP.requireMediaType(request, Self.resourceMediaTypes)
        let data = try await FHIRHTTP.body(of: request, limit: maximumRequestBytes)
        let publication = try SimplifiedPublishRequest(json: data, defaults: simplifiedPublishDefaults)
        let patient = try await ins(of: publication.input.patient)
        let result = try await services.publish(
            publication.submission(patient: patient, defaults: simplifiedPublishDefaults), actor: try actor(context))
        guard let published = result.documents.first else { throw FHIRError.internalError }
        let entry = published.entry
        let location = self.context.absolute("DocumentReference/\(entry.entryUUID.rawValue)/_history/\(entry.version)")
        return FHIRHTTP.response(
            .documentReference(FHIRDocumentReference(entry, context: self.context)),
            status: published.alreadyPresent ? .ok : .created,
            headers: [.location: location, .eTag: "W/\"\(entry.version)\""])
    }

    /// The INS a request names: validated as the services' policy says, or resolved from a
    /// Patient resource id.
    func ins(of reference: PatientReference) async throws -> INS {
        switch reference {
        case .ins(let identifier):
            return try services.ins(matricule: identifier.matricule, authorityOID: identifier.authorityOID)
        case .resource(let id):
            let key = try await services.patientKey(forResourceID: id.rawValue)
            return try services.ins(matricule: key.ins.matricule, authorityOID: key.ins.authorityOID)
        }
    }

    /// The record key a request names.
    func patientKey(of reference: PatientReference) async throws -> PatientKey {
        PatientKey(try await ins(of: reference))
    }
}
