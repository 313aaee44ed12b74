/// FHIR `Reference`: a literal reference (`#contained`, `Patient/123`, `urn:uuid:…`,
/// `Patient?identifier=…`), a logical one (`identifier`), or both.
public struct FHIRReference: Codable, Hashable, Sendable {
    /// Extensions (MHD puts `ihe-authorOrg` on `List.source`).
    public var `extension`: [FHIRExtension]?
    /// Literal reference.
    public var reference: String?
    /// Type of the target when the reference does not say it.
    public var type: String?
    /// Logical reference.
    public var identifier: FHIRIdentifier?
    /// Text for a person.
    public var display: String?

    /// Creates a reference.
    public init(
        extension: [FHIRExtension]? = nil, reference: String? = nil, type: String? = nil,
        identifier: FHIRIdentifier? = nil, display: String? = nil
    ) {
        self.extension = `extension`
        self.reference = reference
        self.type = type
        self.identifier = identifier
        self.display = display
    }
}
