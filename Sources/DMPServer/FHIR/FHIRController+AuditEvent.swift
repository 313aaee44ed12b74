import DMPDomain
import DMPFHIR
import DMPServices
import Foundation
import Hummingbird

/// The holder's history as FHIR `AuditEvent`s (`GET AuditEvent?patient.identifier=…`),
/// newest first, with `date` (ge/le) and `_count`/`_offset`. Only the holder (holder token)
/// or the operator may read it: the use case decides.
extension FHIRController {
    func findAuditEvents(_ parameters: [SearchParameter], _ context: AppRequestContext) async throws -> Response {
        var identifier: String?
        var from: Date?
        var to: Date?
        var group: String?
        var count = 20
        var offset = 0
        for parameter in parameters {
            switch parameter.name {
            case "patient.identifier": identifier = parameter.value
            case "date":
                let prefix = String(parameter.value.prefix(2))
                guard let date = ISO8601DateFormatter().date(from: String(parameter.value.dropFirst(2))), ["ge", "le"].contains(prefix) else {
                    throw FHIRError.invalid("date takes ge<instant> or le<instant>, e.g. ge2026-01-01T00:00:00Z.", at: nil)
                }
                if prefix == "ge" { from = date } else { to = date }
            case "category": group = parameter.value
            case "_count":
                guard let value = Int(parameter.value), (0...100).contains(value) else { throw FHIRError.invalid("_count is 0 to 100.", at: nil) }
                count = value
            case "_offset":
                guard let value = Int(parameter.value), value >= 0 else { throw FHIRError.invalid("_offset is a natural number.", at: nil) }
                offset = value
            default:
                throw FHIRError.notSupported("AuditEvent does not support the parameter \(parameter.name).", at: nil)
            }
        }
        guard let identifier else { throw FHIRError.invalid("patient.identifier is required.", at: nil) }
        let search = try PatientSearch(parameters: [SearchParameter("identifier", identifier)])
        let ins = try services.ins(matricule: search.ins.matricule, authorityOID: search.ins.authorityOID)
        let key = PatientKey(ins)
        let page = try await services.auditHistory(
            AuditHistoryQuery(patientKey: key, from: from, to: to, group: group, limit: count, offset: offset), actor: try actor(context))
        let base = self.context.absolute("AuditEvent")
        let entries: [[String: Any]] = page.events.enumerated().map { index, event in
            let id = "\(key.resourceID)-\(offset + index)"
            return ["fullUrl": "\(base)/\(id)", "resource": Self.auditEvent(event, id: id), "search": ["mode": "match"]]
        }
        var bundle: [String: Any] = ["resourceType": "Bundle", "type": "searchset", "total": page.total, "entry": entries]
        if entries.isEmpty { bundle.removeValue(forKey: "entry") }
        let data = try JSONSerialization.data(withJSONObject: bundle, options: [.sortedKeys])
        return Response(status: .ok, headers: [.contentType: FHIRHTTP.mediaType], body: ResponseBody(byteBuffer: ByteBuffer(data: data)))
    }

    /// One trace as an R4 AuditEvent.
    static func auditEvent(_ event: AuditEvent, id: String) -> [String: Any] {
        let crud: String
        switch event.action {
        case .documentPublish, .recordCreate: crud = "C"
        case .documentSearch, .submissionSetSearch: crud = "E"
        case .documentRead, .documentRetrieve, .recordStatus: crud = "R"
        case .documentDelete: crud = "D"
        default: crud = "U"
        }
        var who: [String: Any] = ["display": event.actor.displayName]
        if event.actor.kind == .professional {
            who["identifier"] = ["system": "urn:oid:\(IDNPS.oid)", "value": event.actor.id]
        }
        var resource: [String: Any] = [
            "resourceType": "AuditEvent", "id": id,
            "type": ["system": "http://terminology.hl7.org/CodeSystem/audit-event-type", "code": "rest"],
            "subtype": [["system": "urn:dmp:audit-action", "code": event.action.rawValue]],
            "action": crud,
            "recorded": FHIRDateTime.format(event.time),
            "outcome": event.outcome == .success ? "0" : "4",
            "agent": [["who": who, "requestor": true, "type": ["coding": [["system": "urn:dmp:actor-type", "code": event.actor.kind.rawValue]]]]],
            "source": ["observer": ["display": "DMP"]],
            "purposeOfEvent": [["coding": [["system": "urn:oid:\(AccessMode.codeSystemOID)", "code": event.actor.accessMode.code]],
                                "text": event.actor.accessReason ?? event.actor.accessMode.code]],
        ]
        if let reason = event.reason { resource["outcomeDesc"] = reason }
        if let structure = event.actor.structureName {
            resource["agent"] = [["who": who, "requestor": true, "name": structure,
                                  "type": ["coding": [["system": "urn:dmp:actor-type", "code": event.actor.kind.rawValue]]]]]
        }
        if let target = event.target { resource["entity"] = [["what": ["display": target]]] }
        return resource
    }
}
