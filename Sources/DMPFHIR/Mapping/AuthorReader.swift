import DMPDomain

/// Contained author resources (PDSm: Practitioner, PractitionerRole, Organization, Device,
/// Patient) → XDS `Author`.
enum AuthorReader {
    /// The author a reference names; authors must be contained or logical (identifier) references.
    static func author(
        _ reference: FHIRReference, contained: ContainedResources, at path: FHIRPath
    ) throws(FHIRError) -> Author {
        if let literal = reference.reference {
            guard let (resource, resourcePath) = contained.resolve(literal) else {
                throw FHIRError(
                    status: 422, issueType: .notSupported, condition: .notSupported,
                    diagnostics: literal.hasPrefix("#")
                        ? "No contained resource has the id this reference names."
                        : "Authors must be contained resources (PDSm): an external reference cannot be resolved here.",
                    expression: path("reference").rawValue)
            }
            return try author(resource, contained: contained, at: resourcePath)
        }
        if let identifier = reference.identifier, let value = identifier.value, !value.isEmpty {
            let authority = IdentifierMapping.authority(ofSystem: identifier.system)
            if reference.type == FHIROrganization.resourceType {
                return Author(person: nil, institution: Author.Institution(name: reference.display ?? "", id: value, idSystem: authority))
            }
            return Author(person: Author.Person(id: value, idSystem: authority, family: reference.display, given: nil))
        }
        throw .missing(path("reference"), "\(path.rawValue) must reference a contained author resource.")
    }

    private static func author(
        _ resource: FHIRResource, contained: ContainedResources, at path: FHIRPath
    ) throws(FHIRError) -> Author {
        switch resource {
        case .practitioner(let practitioner):
            return Author(person: person(practitioner.identifier, practitioner.name, preferring: IDNPS.oid))
        case .patient(let patient):
            return Author(person: person(patient.identifier, patient.name, preferring: INSAuthority.nir.oid))
        case .organization(let organization):
            return Author(person: nil, institution: institution(organization))
        case .device(let device):
            let id = IdentifierMapping.preferred(device.identifier, systemOID: IDNPS.oid)
            let name = device.deviceName?.first?.name
            return Author(person: Author.Person(
                id: id?.value, idSystem: IdentifierMapping.authority(ofSystem: id?.system), family: name, given: nil))
        case .practitionerRole(let role):
            return try author(role, contained: contained, at: path)
        default:
            throw FHIRError(
                status: 422, issueType: .notSupported, condition: .notSupported,
                diagnostics: "An author must be a Practitioner, PractitionerRole, Organization, Device or Patient, not a \(resource.resourceType).",
                expression: path.rawValue)
        }
    }

    private static func author(
        _ role: FHIRPractitionerRole, contained: ContainedResources, at path: FHIRPath
    ) throws(FHIRError) -> Author {
        var person: Author.Person?
        if let reference = role.practitioner {
            if case .practitioner(let practitioner)? = contained.resolve(reference.reference)?.resource {
                person = self.person(practitioner.identifier, practitioner.name, preferring: IDNPS.oid)
            } else if let identifier = reference.identifier {
                person = self.person([identifier], nil, preferring: IDNPS.oid)
            } else if role.identifier?.isEmpty ?? true {
                throw FHIRError(
                    status: 422, issueType: .notSupported, condition: .notSupported,
                    diagnostics: "The practitioner of an author role must be contained or given by identifier.",
                    expression: path("practitioner").rawValue)
            }
        }
        if person == nil, let identifiers = role.identifier, !identifiers.isEmpty {
            person = self.person(identifiers, nil, preferring: IDNPS.oid)
        }
        var institution: Author.Institution?
        if let reference = role.organization {
            if case .organization(let organization)? = contained.resolve(reference.reference)?.resource {
                institution = self.institution(organization)
            } else if let identifier = reference.identifier {
                institution = Author.Institution(
                    name: reference.display ?? "", id: identifier.value,
                    idSystem: IdentifierMapping.authority(ofSystem: identifier.system))
            } else {
                throw FHIRError(
                    status: 422, issueType: .notSupported, condition: .notSupported,
                    diagnostics: "The organization of an author role must be contained or given by identifier.",
                    expression: path("organization").rawValue)
            }
        }
        return Author(
            person: person, institution: institution,
            roles: codes(role.code, at: path("code")), specialties: codes(role.specialty, at: path("specialty")))
    }

    /// Roles and specialties: XDS does not check their system, so an unknown URI is kept as
    /// it is rather than refused.
    private static func codes(_ concepts: [FHIRCodeableConcept]?, at path: FHIRPath) -> [Coding] {
        (concepts ?? []).compactMap { concept in
            guard let coding = concept.coding?.first, let code = coding.code else { return nil }
            let system = coding.system.map { CodeSystems.oid(forURI: $0) ?? $0 } ?? ""
            return Coding(code: code, system: system, display: coding.display)
        }
    }

    /// An XDS person from identifiers (the one in `oid` preferred) and names (official first).
    static func person(_ identifiers: [FHIRIdentifier]?, _ names: [FHIRHumanName]?, preferring oid: String) -> Author.Person {
        let id = IdentifierMapping.preferred(identifiers, systemOID: oid)
        let name = names?.first { $0.use == "official" } ?? names?.first
        let given = name?.given?.joined(separator: " ")
        return Author.Person(
            id: id?.value, idSystem: IdentifierMapping.authority(ofSystem: id?.system), family: name?.family,
            given: (given?.isEmpty ?? true) ? nil : given)
    }

    /// An XDS institution from an Organization (StructIdNat preferred).
    static func institution(_ organization: FHIROrganization) -> Author.Institution {
        let id = IdentifierMapping.preferred(organization.identifier, systemOID: StructureIdentifier.oid)
        return Author.Institution(
            name: organization.name ?? "", id: id?.value, idSystem: IdentifierMapping.authority(ofSystem: id?.system))
    }
}
