import DMPDomain

/// An INS as a request states it, not validated: parsing does not judge the key (the
/// services do, with the deployment's policy, TRAPS 1).
public struct INSIdentifier: Hashable, Sendable {
    /// Assigning authority OID (`1.2.250.1.213.1.4.8`…).
    public var authorityOID: String
    /// The matricule as written.
    public var matricule: String

    /// Creates one.
    public init(authorityOID: String, matricule: String) {
        self.authorityOID = authorityOID
        self.matricule = matricule
    }

    /// The identifier of a validated INS.
    public init(_ ins: INS) {
        self.init(authorityOID: ins.authority.oid, matricule: ins.matricule)
    }

    /// The record key this INS would have (same text as `PatientKey(INS)`).
    public var patientKey: PatientKey { PatientKey(rawValue: "\(authorityOID)|\(matricule)") }

    /// `urn:oid:<oid>|<matricule>`, the FHIR token form.
    public var token: String { "urn:oid:\(authorityOID)|\(matricule)" }

    /// `Patient?identifier=urn:oid:<oid>|<matricule>`, the conditional reference PDSM4DMP uses.
    public var conditionalReference: String { "Patient?identifier=\(token)" }

    /// CX form used for sourcePatientId: `<matricule>^^^&<oid>&ISO^NH`.
    public var cx: String { "\(matricule)^^^&\(authorityOID)&ISO^NH" }
}

/// How a request names the patient: by INS, or by the id of our Patient resource.
public enum PatientReference: Hashable, Sendable {
    /// `Patient?identifier=urn:oid:<oid>|<matricule>`, `subject.identifier`, `patient.identifier=`.
    case ins(INSIdentifier)
    /// `Patient/<id>` (see ``PatientResourceID``); the server resolves it to a key.
    case resource(PatientResourceID)

    /// Whether two references certainly name the same patient (an INS and a resource id
    /// are compared through the id the INS would have).
    func sameTarget(as other: PatientReference) -> Bool {
        resourceID == other.resourceID
    }

    /// The resource id this reference names.
    public var resourceID: PatientResourceID {
        switch self {
        case .ins(let ins): PatientResourceID(ins)
        case .resource(let id): id
        }
    }
}
