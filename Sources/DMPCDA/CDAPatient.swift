/// The patient of the document: `recordTarget/patientRole` of the first `recordTarget`.
public struct CDAPatient: Sendable, Hashable, Codable {
    /// Every `patientRole/id` that carries a `root`, in document order. In French documents the
    /// INS (OID `1.2.250.1.213.1.4.8` or, for test identities, `1.2.250.1.213.1.4.10`) is usually
    /// first, followed by local identifiers; nothing is filtered out here.
    public let ids: [CDAInstanceIdentifier]
    /// The first `patient/name`.
    public let person: CDAPerson?
    /// `patient/administrativeGenderCode`.
    public let gender: CDACode?
    /// `patient/birthTime`.
    public let birthTime: CDATimestamp?
    /// `patient/birthplace/place/addr/county`: in French documents, the INSEE code of the
    /// commune of birth (e.g. `51215`). `nil` when the document gives no county.
    public let birthPlaceCode: String?

    /// Creates a patient.
    public init(
        ids: [CDAInstanceIdentifier],
        person: CDAPerson? = nil,
        gender: CDACode? = nil,
        birthTime: CDATimestamp? = nil,
        birthPlaceCode: String? = nil
    ) {
        self.ids = ids
        self.person = person
        self.gender = gender
        self.birthTime = birthTime
        self.birthPlaceCode = birthPlaceCode
    }
}
