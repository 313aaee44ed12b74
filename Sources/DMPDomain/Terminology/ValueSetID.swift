/// Identifies a value set (NOS "jeu de valeurs", JDV) by its JDV name, which is also the
/// base name of its JSON file.
public struct ValueSetID: Hashable, Sendable, Codable, CustomStringConvertible {
    /// The JDV name, e.g. `JDV_J57_ClassCode_DMP`.
    public let name: String

    /// Names a value set; only the static members below are shipped and loaded.
    public init(_ name: String) {
        self.name = name
    }

    /// The JDV name.
    public var description: String { name }

    /// DocumentEntry.classCode: JDV_J57_ClassCode_DMP (spec §4.4).
    public static let classCode = ValueSetID("JDV_J57_ClassCode_DMP")
    /// DocumentEntry.typeCode: JDV_J07_XdsTypeCode_CISIS. The DMP binds JDV_J66_TypeCode_DMP,
    /// whose membership was not read; ANS change requests update J07 and J66 together, so
    /// J07 stands in for J66 (spec §4.5).
    public static let typeCode = ValueSetID("JDV_J07_XdsTypeCode_CISIS")
    /// DocumentEntry.formatCode: J10 as the spec lists it plus the members of the DMP set
    /// JDV_J60 that J10 lacks (spec §4.6).
    public static let formatCode = ValueSetID("JDV_J10_XdsFormatCode_CISIS")
    /// DocumentEntry.healthcareFacilityTypeCode: JDV_J02, standing in for the DMP subset
    /// JDV_J61 whose membership was not read (spec §4.7).
    public static let healthcareFacilityType = ValueSetID("JDV_J02_XdsHealthcareFacilityTypeCode_CISIS")
    /// DocumentEntry.practiceSettingCode: JDV_J04 (spec §4.8).
    public static let practiceSetting = ValueSetID("JDV_J04_XdsPracticeSettingCode_CISIS")
    /// DocumentEntry.confidentialityCode: JDV_J58_ConfidentialityCode_DMP (spec §4.9).
    public static let confidentiality = ValueSetID("JDV_J58_ConfidentialityCode_DMP")
    /// availabilityStatus of entries, submission sets and folders: JDV_J52 (spec §4.10).
    public static let availabilityStatus = ValueSetID("JDV_J52_AvailabilityStatus_CISIS")
    /// SubmissionSet.contentTypeCode: JDV_J03 with a few lenient additions, standing in for
    /// the DMP set JDV_J59 whose membership was not read (spec §4.3).
    public static let contentType = ValueSetID("JDV_J03_XdsContentTypeCode_CISIS")

    /// Every value set the server ships; each must be present for a terminology to load.
    public static let all: [ValueSetID] = [
        .classCode, .typeCode, .formatCode, .healthcareFacilityType, .practiceSetting,
        .confidentiality, .availabilityStatus, .contentType,
    ]
}
