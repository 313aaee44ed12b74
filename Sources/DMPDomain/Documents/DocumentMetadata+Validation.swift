import Foundation

/// The registry's checks on submitted metadata (spec §4.3–4.9): codes from the DMP value
/// sets, class agreeing with type, cardinalities, and bytes matching hash and size.
extension DocumentMetadata {
    /// Throws the first rule the metadata breaks, naming the element.
    public func validate(with terminology: Terminology) throws(DMPError) {
        try Self.requireText(uniqueId, element: "uniqueId")
        guard uniqueId.count <= 256, !uniqueId.contains(where: \.isWhitespace) else {
            throw DMPError(.invalidMetadata, "uniqueId must be an OID or UUID without spaces.", element: "uniqueId")
        }
        try Self.requireText(title, element: "title")
        try Self.requireText(languageCode, element: "languageCode")
        try Self.requireText(mimeType, element: "mimeType")
        try Self.requireText(sourcePatientId, element: "sourcePatientId")
        try check(typeCode, in: .typeCode, element: "typeCode", terminology)
        try check(classCode, in: .classCode, element: "classCode", terminology)
        do {
            try terminology.checkClass(classCode, agreesWithType: typeCode)
        } catch {
            throw DMPError(.classTypeMismatch, error.description, element: "classCode")
        }
        try check(formatCode, in: .formatCode, element: "formatCode", terminology)
        try check(healthcareFacilityTypeCode, in: .healthcareFacilityType, element: "healthcareFacilityTypeCode", terminology)
        try check(practiceSettingCode, in: .practiceSetting, element: "practiceSettingCode", terminology)
        try validateConfidentiality(with: terminology)
        guard !authors.isEmpty else {
            throw DMPError(.invalidMetadata, "A document needs at least one author.", element: "author")
        }
        if let stop = serviceStopTime, stop < serviceStartTime {
            throw DMPError(.invalidMetadata, "serviceStopTime is before serviceStartTime.", element: "serviceStopTime")
        }
        guard hash.count == 40, hash.allSatisfy(\.isHexDigit) else {
            throw DMPError(.invalidMetadata, "hash must be a SHA-1 in hexadecimal (40 characters).", element: "hash")
        }
        guard size >= 0 else { throw DMPError(.invalidMetadata, "size cannot be negative.", element: "size") }
    }

    /// The confidentiality set: 1 to 4 codes of JDV_J58, no repeats, at most one HL7 level.
    public func validateConfidentiality(with terminology: Terminology) throws(DMPError) {
        guard (1...4).contains(confidentialityCodes.count) else {
            throw DMPError(.invalidMetadata, "confidentialityCode takes 1 to 4 codes; \(confidentialityCodes.count) given.", element: "confidentialityCode")
        }
        for code in confidentialityCodes {
            try check(code, in: .confidentiality, element: "confidentialityCode", terminology)
        }
        guard Set(confidentialityCodes.map(\.conceptKey)).count == confidentialityCodes.count else {
            throw DMPError(.invalidMetadata, "confidentialityCode repeats a code.", element: "confidentialityCode")
        }
        let levels = confidentialityCodes.filter { $0.system == ConfidentialityCode.normal.system }
        guard levels.count <= 1 else {
            throw DMPError(.invalidMetadata, "confidentialityCode carries more than one HL7 level (N, R, V).", element: "confidentialityCode")
        }
    }

    /// The bytes must be exactly those described: same size, same SHA-1.
    public func checkContent(_ content: Data) throws(DMPError) {
        guard Int64(content.count) == size else {
            throw DMPError(.sizeMismatch, "size says \(size) bytes but \(content.count) were sent.", element: "size")
        }
        let actual = Digest.sha1Hex(content)
        guard actual == hash.lowercased() else {
            throw DMPError(.hashMismatch, "hash does not match the SHA-1 of the bytes sent.", element: "hash")
        }
    }

    private func check(_ coding: Coding, in valueSet: ValueSetID, element: String, _ terminology: Terminology) throws(DMPError) {
        do {
            try terminology.validate(coding, in: valueSet)
        } catch {
            throw DMPError(.unknownCode, error.description, element: element)
        }
    }

    private static func requireText(_ value: String, element: String) throws(DMPError) {
        guard !value.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty else {
            throw DMPError(.invalidMetadata, "\(element) is required.", element: element)
        }
    }
}
