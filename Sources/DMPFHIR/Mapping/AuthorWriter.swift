import DMPDomain

/// XDS `Author` → contained resources + the reference to put in `author`/`authenticator`.
enum AuthorWriter {
    /// The resources describing `author`, ids prefixed with `prefix` (`author-1`,
    /// `authenticator`): a Patient for a patient author (INS authority), else a Practitioner,
    /// an Organization for the institution, and a PractitionerRole tying them with the role
    /// and specialty codes when there is more than a person or a structure alone.
    static func contained(for author: Author, prefix: String) -> (reference: FHIRReference, resources: [FHIRResource]) {
        var resources: [FHIRResource] = []
        var personReference: String?
        if let person = author.person {
            let names = name(person).map { [$0] }
            if let system = person.idSystem, INSAuthority.known.contains(where: { $0.oid == system }) {
                var patient = FHIRPatient()
                patient.id = prefix
                patient.identifier = IdentifierMapping.identifier(value: person.id, system: system).map { [$0] }
                patient.name = names
                return (FHIRReference(reference: "#\(prefix)"), [.patient(patient)])
            }
            let identifier = IdentifierMapping.identifier(
                value: person.id, system: person.idSystem, type: IdentifierMapping.typeCode(forAuthority: person.idSystem))
            resources.append(.practitioner(FHIRPractitioner(id: prefix, identifier: identifier.map { [$0] }, name: names)))
            personReference = "#\(prefix)"
        }
        var organizationReference: String?
        if let institution = author.institution {
            let id = "\(prefix)-org"
            resources.append(.organization(organization(institution, id: id)))
            organizationReference = "#\(id)"
        }
        let needsRole = !author.roles.isEmpty || !author.specialties.isEmpty
            || (personReference != nil && organizationReference != nil)
        guard needsRole else {
            let only = personReference ?? organizationReference ?? "#\(prefix)"
            return (FHIRReference(reference: only), resources)
        }
        let roleID = "\(prefix)-role"
        let role = FHIRPractitionerRole(
            id: roleID, practitioner: personReference.map { FHIRReference(reference: $0) },
            organization: organizationReference.map { FHIRReference(reference: $0) },
            code: author.roles.map(CodingMapping.concept).nonEmpty,
            specialty: author.specialties.map(CodingMapping.concept).nonEmpty)
        resources.append(.practitionerRole(role))
        return (FHIRReference(reference: "#\(roleID)"), resources)
    }

    /// An Organization for an XDS institution.
    static func organization(_ institution: Author.Institution, id: String) -> FHIROrganization {
        let identifier = IdentifierMapping.identifier(
            value: institution.id, system: institution.idSystem,
            type: IdentifierMapping.typeCode(forAuthority: institution.idSystem))
        return FHIROrganization(id: id, identifier: identifier.map { [$0] }, name: institution.name.isEmpty ? nil : institution.name)
    }

    private static func name(_ person: Author.Person) -> FHIRHumanName? {
        let given = person.given?.split(separator: " ").map(String.init)
        guard person.family != nil || !(given ?? []).isEmpty else { return nil }
        return FHIRHumanName(family: person.family, given: given?.nonEmpty)
    }
}

extension Array {
    /// nil for an empty array: FHIR forbids empty arrays in JSON.
    var nonEmpty: [Element]? { isEmpty ? nil : self }
}
