/// FHIR R4 `PractitionerRole`: an author acting in a role for a structure.
public struct FHIRPractitionerRole: Codable, Hashable, Sendable, FHIRResourceContent {
    /// `PractitionerRole`.
    public static let resourceType = "PractitionerRole"

    /// Logical id.
    public var id: String?
    /// Meta.
    public var meta: FHIRMeta?
    /// Identifiers (some producers put the IDNPS here rather than on the Practitioner).
    public var identifier: [FHIRIdentifier]?
    /// The person.
    public var practitioner: FHIRReference?
    /// The structure (authorInstitution).
    public var organization: FHIRReference?
    /// authorRole.
    public var code: [FHIRCodeableConcept]?
    /// authorSpecialty.
    public var specialty: [FHIRCodeableConcept]?

    /// Creates a PractitionerRole.
    public init(
        id: String? = nil, identifier: [FHIRIdentifier]? = nil, practitioner: FHIRReference? = nil,
        organization: FHIRReference? = nil, code: [FHIRCodeableConcept]? = nil, specialty: [FHIRCodeableConcept]? = nil
    ) {
        self.id = id
        self.identifier = identifier
        self.practitioner = practitioner
        self.organization = organization
        self.code = code
        self.specialty = specialty
    }
}
