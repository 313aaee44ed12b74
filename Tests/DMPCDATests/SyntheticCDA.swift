import Foundation

/// Small CDA documents built in memory for negative and edge-case tests.
enum SyntheticCDA {
    static let declaration = #"<?xml version="1.0" encoding="UTF-8"?>"#
    static let id = #"<id root="1.2.250.1.999.1" extension="DOC-1"/>"#
    static let code = #"<code code="11488-4" codeSystem="2.16.840.1.113883.6.1" displayName="Consultation note"/>"#
    static let effectiveTime = #"<effectiveTime value="20240315101500+0100"/>"#
    static let recordTarget = #"<recordTarget><patientRole><id root="1.2.250.1.213.1.4.8" extension="277076322082910"/></patientRole></recordTarget>"#
    static let structuredBody = "<component><structuredBody/></component>"

    /// The required header elements, in CDA order.
    static let requiredHeader = [id, code, effectiveTime, recordTarget]

    /// A ClinicalDocument string with the given header children and body.
    static func text(
        header: [String] = requiredHeader,
        body: String = structuredBody,
        rootAttributes: String = #"xmlns="urn:hl7-org:v3""#,
        prolog: String = declaration
    ) -> String {
        "\(prolog)\n<ClinicalDocument \(rootAttributes)>\n\(header.joined(separator: "\n"))\n\(body)\n</ClinicalDocument>\n"
    }

    /// The same document as UTF-8 bytes.
    static func data(
        header: [String] = requiredHeader,
        body: String = structuredBody,
        rootAttributes: String = #"xmlns="urn:hl7-org:v3""#,
        prolog: String = declaration
    ) -> Data {
        Data(text(header: header, body: body, rootAttributes: rootAttributes, prolog: prolog).utf8)
    }
}
