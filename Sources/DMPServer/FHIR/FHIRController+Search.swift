import DMPDomain
import DMPFHIR
import DMPServices
import Hummingbird

/// Consultation: ITI-67, ITI-66, reads by id.
extension FHIRController {
    /// ITI-67: a searchset page with the exact total of visible matches.
    func findDocumentReferences(_ parameters: [SearchParameter], _ context: AppRequestContext) async throws -> Response {
        let search = try DocumentReferenceSearch(parameters: parameters)
        let key = try await patientKey(of: search.patient)
        let actor = try actor(context)
        var entries: [DocumentEntry] = []
        var total = 0
        if !search.matchesNothing {
            var query = search.query(for: key)
            query.limit = search.paging.count
            query.offset = search.paging.offset
            let result = try await services.searchDocuments(query, actor: actor)
            entries = result.entries
            total = result.total
        }
        let bundle = FHIRBundle.searchset(
            documents: entries, total: total, parameters: parameters, paging: search.paging, context: self.context)
        return FHIRHTTP.response(.bundle(bundle))
    }

    /// ITI-66: submission sets and folders.
    func findLists(_ parameters: [SearchParameter], _ context: AppRequestContext) async throws -> Response {
        let search = try ListSearch(parameters: parameters)
        let key = try await patientKey(of: search.patient)
        var resources: [FHIRResource] = []
        var total = 0
        if !search.matchesNothing {
            let result = try await services.searchLists(search.query(for: key), actor: try actor(context))
            (resources, total) = search.page(of: result, context: self.context)
        }
        let bundle = FHIRBundle.searchset(
            resourceType: FHIRList.resourceType, resources: resources, total: total, parameters: parameters,
            paging: search.paging, context: self.context)
        return FHIRHTTP.response(.bundle(bundle))
    }

    /// `GET DocumentReference/{id}`: the metadata version `id` names.
    func readDocumentReference(_ context: AppRequestContext) async throws -> Response {
        let entryUUID = EntryUUID(rawValue: try identifier(context))
        let key = try await services.patientKey(ofDocument: entryUUID)
        let entry = try await services.documentEntry(key, .entryUUID(entryUUID), actor: try actor(context))
        return FHIRHTTP.response(
            .documentReference(FHIRDocumentReference(entry, context: self.context)), headers: [.eTag: "W/\"\(entry.version)\""])
    }

    /// `GET List/{id}`: a submission set or folder with its visible members.
    func readList(_ context: AppRequestContext) async throws -> Response {
        let entryUUID = EntryUUID(rawValue: try identifier(context))
        let key = try await services.patientKey(ofList: entryUUID)
        let result = try await services.list(key, entryUUID: entryUUID, actor: try actor(context))
        if let set = result.submissionSets.first { return FHIRHTTP.response(.list(FHIRList(set, context: self.context))) }
        guard let folder = result.folders.first else { throw FHIRError.notFound }
        return FHIRHTTP.response(.list(FHIRList(folder, context: self.context)))
    }
}
