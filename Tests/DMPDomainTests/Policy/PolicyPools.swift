import DMPDomain
import Foundation

/// Random scenarios are generated as plans of small integers, which the property library
/// knows how to shrink, and turned into domain values here. Indices point into the pools
/// below, so a failing case prints as a few readable numbers.
enum PolicyPools {
    /// Shorthand for the shared fixtures.
    typealias F = PolicyFixtures

    /// IDNPS values of the pooled professionals.
    static let professionals = ["810000000101", "810000000102", "810000000103", "810000000104", "810000000105"]
    /// Professions, known to the matrix or not.
    static let professions: [String?] = ["10", "60", "69", "40", "21", "50", "70", "86", "31", "99", nil]
    /// StructIdNat values of the pooled structures.
    static let structures = ["1750000101", "1750000102", "1750000103"]
    /// Holder birth dates: unknown, minors, adults, just of age.
    static let birthDates: [String?] = [nil, "2012-05-05", "2016-09-09", "1990-01-01", "2007-01-01"]
    /// Normal twice, so that half the professionals act in normal mode.
    static let modes: [AccessMode] = [.normal, .normal, .breakTheGlass, .centre15]
    /// Break-the-glass reasons: none, blank, written.
    static let reasons: [String?] = [nil, "   ", "patient unconscious"]
    /// The representative's id.
    static let representativeID = "parent-9"
    /// Every J07 type plus two the terminology does not know.
    static let types: [Coding] = Terminology.bundled.valueSet(.typeCode).concepts
        + [Coding(code: "00000-0", system: F.loinc), Coding(code: "NOT-A-TYPE", system: F.treA05)]
    /// Confidentiality codes a document may add to `N`.
    static let flags: [Coding] = [
        ConfidentialityCode.maskedToProfessionals, ConfidentialityCode.invisibleToPatient,
        ConfidentialityCode.invisibleToLegalRepresentatives, ConfidentialityCode.restricted,
    ]

    /// The instant `days` days from ``PolicyFixtures/now``.
    static func day(_ days: Int) -> Date { F.now.addingTimeInterval(Double(days) * 86_400) }
}
