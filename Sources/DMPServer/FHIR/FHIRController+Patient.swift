import DMPDomain
import DMPFHIR
import DMPServices
import Hummingbird

/// TD0.2: does a DMP exist for this INS? `Patient?identifier=urn:oid:<oid>|<INS>` gives one
/// fr-core INS Patient (active = the DMP is open) or an empty searchset.
extension FHIRController {
    func findPatient(_ parameters: [SearchParameter], _ context: AppRequestContext) async throws -> Response {
        let search = try PatientSearch(parameters: parameters)
        let ins = try services.ins(matricule: search.ins.matricule, authorityOID: search.ins.authorityOID)
        let record = try await services.patientRecord(ins, actor: try actor(context))
        let resources = record.map { [FHIRResource.patient(FHIRPatient($0))] } ?? []
        let bundle = FHIRBundle.searchset(
            resourceType: FHIRPatient.resourceType, resources: resources, total: resources.count, parameters: parameters,
            paging: SearchPaging(count: 1), context: self.context)
        return FHIRHTTP.response(.bundle(bundle))
    }

    func readPatient(_ context: AppRequestContext) async throws -> Response {
        let key = try await services.patientKey(forResourceID: try identifier(context))
        let ins = try services.ins(matricule: key.ins.matricule, authorityOID: key.ins.authorityOID)
        guard let record = try await services.patientRecord(ins, actor: try actor(context)) else { throw FHIRError.notFound }
        return FHIRHTTP.response(.patient(FHIRPatient(record)))
    }
}
