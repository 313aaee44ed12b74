/// FHIR R4 `Patient`, enough for fr-core INS patients and MHD source patients.
public struct FHIRPatient: Codable, Hashable, Sendable, FHIRResourceContent {
    /// `Patient`.
    public static let resourceType = "Patient"

    /// Logical id.
    public var id: String?
    /// Meta.
    public var meta: FHIRMeta?
    /// Extensions.
    public var `extension`: [FHIRExtension]?
    /// INS, IPP…
    public var identifier: [FHIRIdentifier]?
    /// For a record: whether it is open (PDSM4DMP TD0.2 proposal).
    public var active: Bool?
    /// Names.
    public var name: [FHIRHumanName]?
    /// `male`, `female`, `other`, `unknown`.
    public var gender: String?
    /// FHIR date.
    public var birthDate: String?

    /// Creates an empty Patient.
    public init() {}
}
