/// Collects the header while the parser walks the direct children of `ClinicalDocument` that
/// come before `component`. Paths are relative to `ClinicalDocument` and hold only elements of
/// the `urn:hl7-org:v3` namespace by local name (elements of other namespaces never match).
struct CDAHeaderAccumulator {
    private var idSeen = false
    private var id: CDAInstanceIdentifier?
    private var codeSeen = false
    private var code: CDACode?
    private var title: String?
    private var effectiveTimeSeen = false
    private var effectiveTime: CDATimestamp?
    private var confidentialityCode: CDACode?
    private var languageCode: String?
    private var setId: CDAInstanceIdentifier?
    private var versionNumber: String?
    private var templateIds: [CDAInstanceIdentifier] = []
    private var recordTargetCount = 0
    private var patient = CDAPatientBuilder()
    private var authors: [CDAAuthor] = []
    private var author: CDAPartyBuilder?
    private var custodianCount = 0
    private var custodian: CDAOrganizationBuilder?
    private var legalAuthenticatorCount = 0
    private var legalAuthenticator: CDAPartyBuilder?
    private var relatedDocuments: [CDARelatedDocumentBuilder] = []
    private var documentationOfCount = 0
    private var serviceStart: CDATimestamp?
    private var serviceStop: CDATimestamp?
    private var serviceEventCodes: [CDACode] = []
    private var healthcareFacilityTypeCode: CDACode?
    private var practiceSettingCode: CDACode?

    private static let custodianOrganization = ["assignedCustodian", "representedCustodianOrganization"]

    /// Handles the start of an element below `ClinicalDocument`; returns whether its text is wanted.
    mutating func start(_ path: ArraySlice<String>, attributes: [String: String]) -> Bool {
        guard let first = path.first else { return false }
        let below = path.dropFirst()
        if below.isEmpty {
            return startHeaderChild(first, attributes: attributes)
        }
        switch first {
        case "recordTarget" where recordTargetCount == 1:
            return patient.start(below, attributes: attributes)
        case "author":
            return author?.start(below, attributes: attributes) ?? false
        case "legalAuthenticator" where legalAuthenticatorCount == 1:
            return legalAuthenticator?.start(below, attributes: attributes) ?? false
        case "custodian" where custodianCount == 1:
            guard below.starts(with: Self.custodianOrganization) else { return false }
            if below.count == Self.custodianOrganization.count {
                custodian = custodian ?? CDAOrganizationBuilder()
                return false
            }
            return custodian?.start(below.dropFirst(Self.custodianOrganization.count), attributes: attributes) ?? false
        case "relatedDocument":
            if !relatedDocuments.isEmpty { relatedDocuments[relatedDocuments.count - 1].start(below, attributes: attributes) }
            return false
        case "documentationOf":
            startServiceEvent(Array(below), attributes: attributes)
            return false
        case "componentOf" where Array(below) == ["encompassingEncounter", "location", "healthCareFacility", "code"]:
            healthcareFacilityTypeCode = healthcareFacilityTypeCode ?? CDAAttributes.code(attributes)
            return false
        default:
            return false
        }
    }

    private mutating func startHeaderChild(_ name: String, attributes: [String: String]) -> Bool {
        switch name {
        case "templateId":
            if let templateId = CDAAttributes.identifier(attributes) { templateIds.append(templateId) }
        case "id" where !idSeen:
            idSeen = true
            id = CDAAttributes.identifier(attributes)
        case "code" where !codeSeen:
            codeSeen = true
            code = CDAAttributes.code(attributes)
        case "title":
            return title == nil
        case "effectiveTime" where !effectiveTimeSeen:
            effectiveTimeSeen = true
            effectiveTime = CDAAttributes.timestamp(attributes)
        case "confidentialityCode":
            confidentialityCode = confidentialityCode ?? CDAAttributes.code(attributes)
        case "languageCode":
            languageCode = languageCode ?? CDAAttributes.value(attributes, "code")
        case "setId":
            setId = setId ?? CDAAttributes.identifier(attributes)
        case "versionNumber":
            versionNumber = versionNumber ?? CDAAttributes.value(attributes, "value")
        case "recordTarget":
            recordTargetCount += 1
        case "author":
            author = .author()
        case "custodian":
            custodianCount += 1
        case "legalAuthenticator":
            legalAuthenticatorCount += 1
            if legalAuthenticatorCount == 1 { legalAuthenticator = .legalAuthenticator() }
        case "relatedDocument":
            relatedDocuments.append(CDARelatedDocumentBuilder(attributes: attributes))
        case "documentationOf":
            documentationOfCount += 1
        default:
            break
        }
        return false
    }

    private mutating func startServiceEvent(_ steps: [String], attributes: [String: String]) {
        switch steps {
        case ["serviceEvent", "code"]:
            if let code = CDAAttributes.code(attributes) { serviceEventCodes.append(code) }
        case ["serviceEvent", "effectiveTime"] where documentationOfCount == 1:
            serviceStart = serviceStart ?? CDAAttributes.timestamp(attributes)
        case ["serviceEvent", "effectiveTime", "low"] where documentationOfCount == 1:
            serviceStart = CDAAttributes.timestamp(attributes) ?? serviceStart
        case ["serviceEvent", "effectiveTime", "high"] where documentationOfCount == 1:
            serviceStop = serviceStop ?? CDAAttributes.timestamp(attributes)
        case ["serviceEvent", "performer", "assignedEntity", "representedOrganization", "standardIndustryClassCode"]:
            practiceSettingCode = practiceSettingCode ?? CDAAttributes.code(attributes)
        default:
            break
        }
    }

    /// Receives the text of an element for which `start` asked for it.
    mutating func text(_ path: ArraySlice<String>, attributes: [String: String], text: String) {
        guard let first = path.first else { return }
        let below = path.dropFirst()
        switch first {
        case "title" where below.isEmpty:
            title = title ?? text.nonEmptyTrimmed
        case "recordTarget" where recordTargetCount == 1:
            patient.text(below, attributes: attributes, text: text)
        case "author":
            author?.text(below, attributes: attributes, text: text)
        case "legalAuthenticator" where legalAuthenticatorCount == 1:
            legalAuthenticator?.text(below, attributes: attributes, text: text)
        case "custodian" where custodianCount == 1:
            custodian?.text(below.dropFirst(Self.custodianOrganization.count), text: text)
        default:
            break
        }
    }

    /// Handles the end of an element below `ClinicalDocument`.
    mutating func end(_ path: ArraySlice<String>) {
        if path.count == 1, path.first == "author", let finished = author {
            authors.append(finished.party)
            author = nil
        }
    }

    /// The header, once the required elements are checked.
    func build(body: CDABodyKind) throws(CDAError) -> CDAHeader {
        guard idSeen else { throw .missingElement("ClinicalDocument/id") }
        guard let id else { throw .missingElement("ClinicalDocument/id/@root") }
        guard codeSeen else { throw .missingElement("ClinicalDocument/code") }
        guard let code else { throw .missingElement("ClinicalDocument/code/@code") }
        guard effectiveTimeSeen else { throw .missingElement("ClinicalDocument/effectiveTime") }
        guard let effectiveTime else { throw .missingElement("ClinicalDocument/effectiveTime/@value") }
        guard effectiveTime.date != nil else {
            throw .invalidValue(element: "ClinicalDocument/effectiveTime", value: effectiveTime.raw)
        }
        guard recordTargetCount > 0, patient.hasPatientRole else { throw .missingElement("recordTarget/patientRole") }
        var version: Int?
        if let versionNumber {
            version = try Self.versionNumber(versionNumber, element: "ClinicalDocument/versionNumber")
        }
        var related: [CDARelatedDocument] = []
        for builder in relatedDocuments {
            related.append(try builder.build())
        }
        return CDAHeader(
            id: id,
            code: code,
            title: title,
            effectiveTime: effectiveTime,
            confidentialityCode: confidentialityCode,
            languageCode: languageCode,
            setId: setId,
            versionNumber: version,
            templateIds: templateIds,
            patient: patient.patient,
            authors: authors,
            custodian: custodian?.organization,
            legalAuthenticator: legalAuthenticator?.party,
            relatedDocuments: related,
            serviceStart: serviceStart,
            serviceStop: serviceStop,
            serviceEventCodes: serviceEventCodes,
            healthcareFacilityTypeCode: healthcareFacilityTypeCode,
            practiceSettingCode: practiceSettingCode,
            body: body
        )
    }

    /// A version number: a positive integer, or `invalidValue` naming `element`.
    static func versionNumber(_ raw: String, element: String) throws(CDAError) -> Int {
        guard let value = Int(raw), value > 0 else { throw .invalidValue(element: element, value: raw) }
        return value
    }
}
