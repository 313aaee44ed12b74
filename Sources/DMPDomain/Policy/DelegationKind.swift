/// Why a person other than the holder acts on a record (MES `DelegationType`, spec §3.2).
public struct DelegationKind: Hashable, Sendable, Codable, CustomStringConvertible {
    /// The MES code.
    public let rawValue: String

    /// Wraps a code.
    public init(rawValue: String) { self.rawValue = rawValue }

    /// `LEGAL_REPRESENTATION`: a legal representative of a minor holder; the only kind
    /// the policy lets act for the holder.
    public static let legalRepresentation = DelegationKind(rawValue: "LEGAL_REPRESENTATION")
    /// `CAREGIVING`: a caregiver (aidant). Recorded, but gives no access: MES delegations
    /// for caregivers go through flows outside the DMP core.
    public static let caregiving = DelegationKind(rawValue: "CAREGIVING")
    /// `HEALTHCARE_PROFESSIONAL`: a professional delegate. Recorded, but gives no access
    /// as such: a professional accesses through authorisations.
    public static let healthcareProfessional = DelegationKind(rawValue: "HEALTHCARE_PROFESSIONAL")

    /// The code.

    public var description: String { rawValue }
}
