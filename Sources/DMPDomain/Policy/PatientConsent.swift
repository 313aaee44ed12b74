import Foundation

/// The patient's consent to consultation as a professional collected it, for an
/// authorisation the professional declares (spec §3.2: consent "by any means", collected
/// by the professional's software, CSP R1111-46 and L1111-17 II).
public struct PatientConsent: Hashable, Sendable, Codable {
    /// The professional who collected the consent.
    public let collectedBy: IDNPS
    /// When it was collected.
    public let collectedAt: Date
    /// The legal representative who consented for a minor, or nil when the holder did.
    public let givenByRepresentative: String?

    /// Records a consent.
    public init(collectedBy: IDNPS, collectedAt: Date, givenByRepresentative: String? = nil) {
        self.collectedBy = collectedBy
        self.collectedAt = collectedAt
        self.givenByRepresentative = givenByRepresentative
    }
}
