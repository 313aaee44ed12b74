import Foundation

/// INS traits: the identity attributes returned by the INSi teleservice (spec 2.1.3).
///
/// Plain data with a memberwise initializer: traits arrive from INSi or from a document
/// and are compared, not computed, so no rule is enforced here beyond the types of
/// `sex` and `status`.
public struct INSTraits: Hashable, Sendable, Codable {
    /// Nom de naissance.
    public var birthName: String
    /// Birth first names, in order (INSi returns them space-separated).
    public var birthGivenNames: [String]
    /// Sex.
    public var sex: AdministrativeSex
    /// Birth date, ISO `yyyy-MM-dd`. Kept as text: a birth date is a calendar date with no
    /// time zone, and `Date` would invite one.
    public var birthDate: String
    /// Official geographic code (INSEE COG) of the place of birth: commune, or country for
    /// a birth abroad; nil when unknown.
    public var birthPlaceCode: String?
    /// Identity confidence status.
    public var status: IdentityStatus

    /// The first birth first name (FHIR `name[officialName].given`, exactly one).
    public var firstGivenName: String? { birthGivenNames.first }

    /// All birth first names space-separated, as INSi returns them and as the FHIR
    /// `birth-list-given-name` extension carries them.
    public var birthGivenNamesText: String { birthGivenNames.joined(separator: " ") }

    /// Memberwise initializer.
    public init(
        birthName: String,
        birthGivenNames: [String],
        sex: AdministrativeSex,
        birthDate: String,
        birthPlaceCode: String?,
        status: IdentityStatus
    ) {
        self.birthName = birthName
        self.birthGivenNames = birthGivenNames
        self.sex = sex
        self.birthDate = birthDate
        self.birthPlaceCode = birthPlaceCode
        self.status = status
    }
}
