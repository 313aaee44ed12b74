import DMPDomain

extension FHIRPatient {
    /// The fr-core INS Patient of a record (PDSM4DMP TD0.2 proposal): INS identifier, traits
    /// when known, `active` = the record accepts and shows documents.
    public init(_ record: Record) {
        self.init()
        let ins = record.key.ins
        id = PatientResourceID(record.key).rawValue
        meta = FHIRMeta(profile: [FHIRSystems.frCorePatientINSProfile])
        let authority = try? INSAuthority(oid: ins.authorityOID)
        let type = authority.map {
            FHIRCodeableConcept(coding: [FHIRCoding(system: FHIRSystems.frCoreIdentifierType, code: $0.fhirTypeCode)])
        }
        identifier = [FHIRIdentifier(
            use: authority == .nia ? "temp" : "official", type: type, system: "urn:oid:\(ins.authorityOID)", value: ins.matricule)]
        active = record.isActive
        if let traits = record.traits {
            let birthList = FHIRExtension(url: FHIRSystems.birthListGivenNameExtension, valueString: traits.birthGivenNamesText)
            name = [FHIRHumanName(
                extension: traits.birthGivenNames.isEmpty ? nil : [birthList], use: "official", family: traits.birthName,
                given: traits.firstGivenName.map { [$0] })]
            gender = traits.sex.fhirGender
            birthDate = traits.birthDate
        }
    }
}
