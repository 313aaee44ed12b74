import Foundation

extension INS {
    /// HL7 v2 / XDS `CX` form used as the DMP `patientId`:
    /// `<matricule>^^^&<oid>&ISO^NH` (spec 2.1.2, PDSM4DMP `Model/PatientId.fsh`).
    public var cx: String { "\(matricule)^^^&\(authority.oid)&ISO^NH" }

    /// FHIR token `urn:oid:<oid>|<matricule>`, the form that works in
    /// `Patient?identifier=` (TRAPS.md item 6).
    public var fhirToken: String { "\(authority.system)|\(matricule)" }
}
