import DMPDomain

extension FHIRError {
    /// The FHIR rendering of a refusal by the services.
    ///
    /// Status and issue code follow the category; within `businessRule`, refusals of the
    /// content itself (bad code, bad hash…) are `invalid` and the others `business-rule`.
    /// Not-found texts are replaced by a fixed sentence so that a hidden document and a
    /// missing one answer alike. The XDS element is turned into a DocumentReference path
    /// when one corresponds.
    public init(_ error: DMPError) {
        let expression = error.element.map(Self.fhirPath(forXDSElement:))
        switch error.code.category {
        case .malformed:
            self.init(status: 400, issueType: .invalid, condition: Condition(error.code.rawValue), diagnostics: error.message, expression: expression)
        case .businessRule:
            let type: FHIRIssueType = Self.contentCodes.contains(error.code) ? .invalid : .businessRule
            self.init(status: 422, issueType: type, condition: Condition(error.code.rawValue), diagnostics: error.message, expression: expression)
        case .forbidden:
            self.init(status: 403, issueType: .forbidden, condition: Condition(error.code.rawValue), diagnostics: error.message, expression: expression)
        case .notFound:
            self = .notFound
            condition = Condition(error.code.rawValue)
            self.expression = expression
        case .conflict:
            self.init(status: 409, issueType: .conflict, condition: Condition(error.code.rawValue), diagnostics: error.message, expression: expression)
        case .tooLarge:
            self.init(status: 413, issueType: .tooCostly, condition: Condition(error.code.rawValue), diagnostics: error.message, expression: expression)
        case .preconditionFailed:
            self.init(status: 412, issueType: .conflict, condition: Condition(error.code.rawValue), diagnostics: error.message, expression: expression)
        case .unsupportedMediaType:
            self.init(status: 415, issueType: .notSupported, condition: Condition(error.code.rawValue), diagnostics: error.message, expression: expression)
        }
    }

    /// Refusals that say the submitted content is wrong rather than the action.
    private static let contentCodes: Set<DMPError.Code> = [
        .invalidINS, .invalidIdentifier, .unknownCode, .classTypeMismatch, .hashMismatch, .sizeMismatch,
        .headerMismatch, .invalidCDA, .invalidMetadata,
    ]

    /// XDS element names used by the services → FHIRPath on the resources we accept.
    private static let xdsToFHIR: [String: String] = [
        "uniqueId": "DocumentReference.masterIdentifier",
        "classCode": "DocumentReference.category",
        "typeCode": "DocumentReference.type",
        "formatCode": "DocumentReference.content[0].format",
        "healthcareFacilityTypeCode": "DocumentReference.context.facilityType",
        "practiceSettingCode": "DocumentReference.context.practiceSetting",
        "confidentialityCode": "DocumentReference.securityLabel",
        "author": "DocumentReference.author",
        "creationTime": "DocumentReference.date",
        "serviceStartTime": "DocumentReference.context.period.start",
        "serviceStopTime": "DocumentReference.context.period.end",
        "title": "DocumentReference.content[0].attachment.title",
        "languageCode": "DocumentReference.content[0].attachment.language",
        "mimeType": "DocumentReference.content[0].attachment.contentType",
        "hash": "DocumentReference.content[0].attachment.hash",
        "size": "DocumentReference.content[0].attachment.size",
        "sourcePatientId": "DocumentReference.context.sourcePatientInfo",
        "availabilityStatus": "DocumentReference.status",
        "relatesTo": "DocumentReference.relatesTo",
        "content": "Binary.data",
        "contentTypeCode": "List.extension('https://profiles.ihe.net/ITI/MHD/StructureDefinition/ihe-designationType')",
        "submissionSet": "List",
        "folder": "List",
        "documents": "Bundle.entry",
    ]

    /// The FHIRPath for an XDS element name, or the name itself when none corresponds.
    static func fhirPath(forXDSElement element: String) -> String {
        xdsToFHIR[element] ?? element
    }
}
