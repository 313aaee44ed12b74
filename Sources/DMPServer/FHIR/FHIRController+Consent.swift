import DMPDomain
import DMPFHIR
import DMPServices
import Foundation
import Hummingbird

/// Authorisation to consult (PDSM4DMP: "authorisation status → Consent"): a professional
/// declares, with `POST Consent`, the consent the patient gave him to consult the DMP. The
/// authorisation is recorded with who and when, and an optional end (`provision.period.end`).
extension FHIRController {
    func declareConsent(_ request: Request, _ context: AppRequestContext) async throws -> Response {
        try FHIRHTTP.requireMediaType(request, Self.resourceMediaTypes)
        let data = try await FHIRHTTP.body(of: request, limit: 1 << 20)
        guard let consent = (try? JSONSerialization.jsonObject(with: data)) as? [String: Any],
              consent["resourceType"] as? String == "Consent"
        else { throw FHIRError.malformed("The body must be a FHIR Consent resource.") }
        guard consent["status"] as? String == "active" else {
            throw FHIRError.invalid("Only an active Consent declares an authorisation.", at: "Consent.status")
        }
        let reference = (consent["patient"] as? [String: Any])?["reference"] as? String ?? ""
        let search = try PatientSearch(parameters: [SearchParameter("identifier", String(reference.drop { $0 != "=" }.dropFirst()))])
        let ins = try services.ins(matricule: search.ins.matricule, authorityOID: search.ins.authorityOID)
        var expiresAt: Date?
        if let end = ((consent["provision"] as? [String: Any])?["period"] as? [String: Any])?["end"] as? String {
            guard let date = ISO8601DateFormatter().date(from: end) else {
                throw FHIRError.invalid("provision.period.end must be a dateTime with a time zone.", at: "Consent.provision.period.end")
            }
            expiresAt = date
        }
        let actor = try actor(context)
        let key = PatientKey(ins)
        try await services.declareAuthorisation(key, expiresAt: expiresAt, actor: actor)
        var body: [String: Any] = [
            "resourceType": "Consent", "id": "\(key.resourceID)-\(actor.id)", "status": "active",
            "scope": ["coding": [["system": "http://terminology.hl7.org/CodeSystem/consentscope", "code": "patient-privacy"]]],
            "category": [["coding": [["system": "http://loinc.org", "code": "59284-0"]]]],
            "patient": ["reference": "Patient/\(key.resourceID)"],
            "dateTime": FHIRDateTime.format(Date()),
            "performer": [["identifier": ["system": "urn:oid:\(IDNPS.oid)", "value": actor.id]]],
            "policyRule": ["coding": [["system": "http://terminology.hl7.org/CodeSystem/v3-ActCode", "code": "OPTIN"]]],
        ]
        if let expiresAt { body["provision"] = ["period": ["end": FHIRDateTime.format(expiresAt)]] }
        let json = try JSONSerialization.data(withJSONObject: body, options: [.sortedKeys])
        return Response(
            status: .created, headers: [.contentType: FHIRHTTP.mediaType, .location: self.context.absolute("Consent/\(body["id"]!)")],
            body: ResponseBody(byteBuffer: ByteBuffer(data: json)))
    }
}
