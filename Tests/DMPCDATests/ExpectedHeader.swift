import DMPCDA
import Foundation
import Testing

/// Header values read by eye from one corpus file.
struct ExpectedHeader: Sendable, CustomTestStringConvertible {
    let file: String
    let id: CDAInstanceIdentifier
    let code: String
    let codeSystem: String
    let effectiveTime: String
    /// `effectiveTime` converted to UTC by hand, ISO 8601.
    let effectiveUTC: String
    let setId: CDAInstanceIdentifier?
    let version: Int?
    let firstPatientId: CDAInstanceIdentifier
    let confidentiality: String
    /// The ids of each author, in order.
    let authorIds: [[CDAInstanceIdentifier]]
    let body: CDABodyKind

    var testDescription: String { file }

    private static let loinc = "2.16.840.1.113883.6.1"
    private static let frenchTypeCodes = "1.2.250.1.213.1.1.4.12"
    private static let rpps = "1.2.250.1.71.4.2.1"
    private static let testINS = "1.2.250.1.213.1.4.10"
    private static let pdf = CDABodyKind.nonXML(mediaType: "application/pdf", representation: "B64")

    private static func ii(_ root: String, _ ext: String? = nil) -> CDAInstanceIdentifier {
        CDAInstanceIdentifier(root: root, extensionValue: ext)
    }

    /// Every ClinicalDocument in `cda/ans` and `cda/hl7-ccda`.
    static let all: [ExpectedHeader] = [
        ExpectedHeader(
            file: "cda/ans/BIO-CR-BIO_2024.01_Microbiologie_V1.xml",
            id: ii("1.2.250.1.213.1.1.1.55.2024.8.1"), code: "11502-2", codeSystem: loinc,
            effectiveTime: "20240104160527+0100", effectiveUTC: "2024-01-04T15:05:27Z",
            setId: ii("1.2.250.1.213.1.1.1.55.2024.8"), version: 1,
            firstPatientId: ii(testINS, "279035121518989"), confidentiality: "N",
            authorIds: [[ii(rpps, "801234534765")]], body: .structured),
        ExpectedHeader(
            file: "cda/ans/BIO-CR-BIO_2024.01_Microbiologie_V2.xml",
            id: ii("1.2.250.1.213.1.1.1.55.2024.8.2"), code: "11502-2", codeSystem: loinc,
            effectiveTime: "20240104160527+0100", effectiveUTC: "2024-01-04T15:05:27Z",
            setId: ii("1.2.250.1.213.1.1.1.55.2024.8"), version: 2,
            firstPatientId: ii(testINS, "279035121518989"), confidentiality: "N",
            authorIds: [[ii(rpps, "801234534765")]], body: .structured),
        ExpectedHeader(
            file: "cda/ans/BIO-CR-BIO_2024.01_TSH_1.xml",
            id: ii("1.2.250.1.213.1.1.1.55.2024.9.1"), code: "11502-2", codeSystem: loinc,
            effectiveTime: "20210401171000+0100", effectiveUTC: "2021-04-01T16:10:00Z",
            setId: ii("1.2.250.1.213.1.1.1.55.2024.9"), version: 1,
            firstPatientId: ii(testINS, "279035121518989"), confidentiality: "N",
            authorIds: [[ii(rpps, "801234534765")]], body: .structured),
        ExpectedHeader(
            file: "cda/ans/BIO-TROD_2024.01_COVID-19.xml",
            id: ii("1.2.250.1.213.1.1.1.59.2024.2.1"), code: "96173-0", codeSystem: loinc,
            effectiveTime: "20240106113623+0100", effectiveUTC: "2024-01-06T10:36:23Z",
            setId: ii("1.2.250.1.213.1.1.1.59.2024.2"), version: 1,
            firstPatientId: ii(testINS, "279035121518989"), confidentiality: "N",
            authorIds: [[ii(rpps, "807655473259")]], body: .structured),
        ExpectedHeader(
            file: "cda/ans/CNAM-HR_2021.01_sans-info.xml",
            id: ii("1.2.250.1.213.1.1.1.36.2021.2.1"), code: "REMB", codeSystem: frenchTypeCodes,
            effectiveTime: "20190701164900+0100", effectiveUTC: "2019-07-01T15:49:00Z",
            setId: ii("1.2.250.1.213.1.1.1.36.2021.2"), version: 2,
            firstPatientId: ii(testINS, "279035121518989"), confidentiality: "N",
            authorIds: [[ii(rpps, "518003502400041/1.2.250.1.215.1.2")]], body: .structured),
        ExpectedHeader(
            file: "cda/ans/CSE-CS8_2025.01.xml",
            id: ii("1.2.250.1.213.1.1.1.5.1.2024.2.1"), code: "CERT_DECL", codeSystem: frenchTypeCodes,
            effectiveTime: "20210503114500+0100", effectiveUTC: "2021-05-03T10:45:00Z",
            setId: ii("1.2.250.1.213.1.1.1.5.1.2024.2"), version: 1,
            firstPatientId: ii(testINS, "221042545611404"), confidentiality: "N",
            authorIds: [[ii(rpps, "801234567897")]], body: .structured),
        ExpectedHeader(
            file: "cda/ans/DOC_NON_STRUCTURE_CDA-R2-N1.xml",
            id: ii("1.3.6.1.4.1.19376.1.2.20.12345.1.1"), code: "11502-2", codeSystem: loinc,
            effectiveTime: "20210401134745+0100", effectiveUTC: "2021-04-01T12:47:45Z",
            setId: ii("1.3.6.1.4.1.19376.1.2.20.12345.1"), version: 1,
            firstPatientId: ii(testINS, "279035121518989"), confidentiality: "N",
            authorIds: [[ii(rpps, "801234534765")]], body: pdf),
        ExpectedHeader(
            file: "cda/ans/IMG_CR_IMG_2024.01.xml",
            id: ii("1.2.250.1.213.1.1.1.45.2024.1.1"), code: "18748-4", codeSystem: loinc,
            effectiveTime: "20210108111700+0100", effectiveUTC: "2021-01-08T10:17:00Z",
            setId: ii("1.2.250.1.213.1.1.1.45.2024.1"), version: 2,
            firstPatientId: ii(testINS, "279035121518989"), confidentiality: "N",
            authorIds: [[ii(rpps, "801234560801")]], body: .structured),
        ExpectedHeader(
            file: "cda/ans/LDL-SES_2022.01.xml",
            id: ii("1.2.250.1.213.1.1.1.29.2022.1.1"), code: "11490-0", codeSystem: loinc,
            effectiveTime: "20191203133000+0100", effectiveUTC: "2019-12-03T12:30:00Z",
            setId: ii("1.2.250.1.213.1.1.1.29.2022.1"), version: 1,
            firstPatientId: ii(testINS, "279035121518989"), confidentiality: "N",
            authorIds: [[ii(rpps, "801234567897")]], body: .structured),
        ExpectedHeader(
            file: "cda/ans/SDM-MR_2024.01_nouveau-ne.xml",
            id: ii("1.2.250.1.213.1.1.1.30.2024.1.1"), code: "34133-9", codeSystem: loinc,
            effectiveTime: "20240228160000+0100", effectiveUTC: "2024-02-28T15:00:00Z",
            setId: ii("1.2.250.1.213.1.1.1.30.2024.1"), version: 2,
            firstPatientId: ii(testINS, "224027511583555"), confidentiality: "N",
            authorIds: [[ii(rpps, "801234567897")]], body: .structured),
        ExpectedHeader(
            file: "cda/ans/VAC-NOTE_2023.01.xml",
            id: ii("1.2.250.1.213.1.1.1.46.2023.1.1"), code: "87273-9", codeSystem: loinc,
            effectiveTime: "20210409153500+0100", effectiveUTC: "2021-04-09T14:35:00Z",
            setId: ii("1.2.250.1.213.1.1.1.46.2023.1"), version: 1,
            firstPatientId: ii(testINS, "279035121518989"), confidentiality: "N",
            authorIds: [[ii(rpps, "801234567897")]], body: .structured),
        ExpectedHeader(
            file: "cda/ans/VAC_2023.01.xml",
            id: ii("1.2.250.1.213.1.1.1.37.2023.1.1"), code: "11369-6", codeSystem: loinc,
            effectiveTime: "20210409170000+0100", effectiveUTC: "2021-04-09T16:00:00Z",
            setId: ii("1.2.250.1.213.1.1.1.37.2023.1"), version: 1,
            firstPatientId: ii(testINS, "279035121518989"), confidentiality: "N",
            authorIds: [[ii(rpps, "801234567897")]], body: .structured),
        ExpectedHeader(
            file: "cda/ans/VSM_1.4_2022.01.xml",
            id: ii("1.2.250.1.213.1.1.1.13.2022.1.1"), code: "SYNTH", codeSystem: frenchTypeCodes,
            effectiveTime: "20200312111700+0100", effectiveUTC: "2020-03-12T10:17:00Z",
            setId: ii("1.2.250.1.213.1.1.1.13.2022.1"), version: 1,
            firstPatientId: ii(testINS, "279035121518989"), confidentiality: "N",
            authorIds: [[ii(rpps, "801234567897")]], body: .structured),
        ExpectedHeader(
            file: "cda/ans/eP-MED-DM_2024.01_PosoStruct.xml",
            id: ii("1.2.250.1.213.1.1.1.39.2024.2.1"), code: "57833-6", codeSystem: loinc,
            effectiveTime: "20231201093000+0100", effectiveUTC: "2023-12-01T08:30:00Z",
            setId: ii("1.2.250.1.213.1.1.1.39.2024.2"), version: 1,
            firstPatientId: ii(testINS, "279035121518989"), confidentiality: "N",
            authorIds: [[ii(rpps, "801234567897")]], body: .structured),
        ExpectedHeader(
            file: "cda/hl7-ccda/CCD_Parent_Document_Replace.xml",
            id: ii("2.16.840.1.113883.19.5.99999.1", "TT662"), code: "34133-9", codeSystem: loinc,
            effectiveTime: "201507221800-0500", effectiveUTC: "2015-07-22T23:00:00Z",
            setId: ii("004bb033-b948-4f4c-b5bf-a8dbd7d8dd40"), version: 2,
            firstPatientId: ii("2.16.840.1.113883.4.1", "414122222"), confidentiality: "N",
            authorIds: [[ii("2.16.840.1.113883.4.6", "111111")]], body: .structured),
        ExpectedHeader(
            file: "cda/hl7-ccda/Discharge_Summary.xml",
            id: ii("2.16.840.1.113883.19.5.99999.1", "TT988"), code: "18842-5", codeSystem: loinc,
            effectiveTime: "201409171904-0500", effectiveUTC: "2014-09-18T00:04:00Z",
            setId: ii("2.16.840.1.113883.19.5.99999.19", "sTT988"), version: 1,
            firstPatientId: ii("2.16.840.1.113883.19.5.99999.2", "998991"), confidentiality: "N",
            // The second author is a device whose id is nullFlavor="NI": no usable identifier.
            authorIds: [[ii("2.16.840.1.113883.4.6", "99999999")], []], body: .structured),
        ExpectedHeader(
            file: "cda/hl7-ccda/Unstructured_Document_embed.xml",
            id: ii("2.16.840.1.113883.19.5.99999.1", "TT988"), code: "11490-0", codeSystem: loinc,
            effectiveTime: "20090329224411-0700", effectiveUTC: "2009-03-30T05:44:11Z",
            setId: ii("2.16.840.1.113883.19.5.99999.19", "sTT988"), version: 1,
            firstPatientId: ii("2.16.840.1.113883.4.1", "111-00-2330"), confidentiality: "N",
            authorIds: [[ii("2.16.840.1.113883.4.6", "99999999")]], body: pdf),
    ]

    /// Corpus files that are not ClinicalDocuments, with the error they must give.
    static let refused: [String: CDAError] = [
        "cda/ans/BIO-CR-BIO_2021.01_Auto-Presentable.xml": .notClinicalDocument(root: "xsl:stylesheet"),
    ]
}

/// Reads a corpus file's header.
func readCorpusHeader(_ file: String) throws -> CDAHeader {
    try CDAHeaderReader.read(TestCorpus.data(file))
}

/// An ISO 8601 UTC instant such as `2024-01-04T15:05:27Z`.
func utc(_ iso: String) -> Date? {
    let formatter = ISO8601DateFormatter()
    formatter.formatOptions = [.withInternetDateTime, .withFractionalSeconds]
    if let date = formatter.date(from: iso) { return date }
    formatter.formatOptions = [.withInternetDateTime]
    return formatter.date(from: iso)
}
