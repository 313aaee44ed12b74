import DMPDomain
import DMPServices
import Foundation

/// FHIR DocumentReference → XDS metadata, recording each defect with its location.
struct DocumentReferenceReader {
    /// The resource read.
    let document: FHIRDocumentReference
    /// Its location in the request.
    let path: FHIRPath
    /// Defaults of a simplified publish; nil for a comprehensive one.
    let defaults: SimplifiedPublishDefaults?
    /// Where defects go.
    let log: IssueLog

    private var contentPath: FHIRPath { path("content")[0] }
    private var attachmentPath: FHIRPath { contentPath("attachment") }
    private var attachment: FHIRAttachment? { document.content?.first?.attachment }

    /// The input and the bytes (given, or decoded from `attachment.data`), or nil with the
    /// log holding why.
    func read(content given: Data?) -> (input: DocumentReferenceInput, content: Data?)? {
        let contained = ContainedResources(document.contained, ownerPath: path)
        let patient = log.attempt { () throws(FHIRError) in try PatientReferenceParser.parse(document.subject, at: path("subject")) }
        checkStatus()
        let contentOK = checkContentCount()
        let codes = readCodes(contentOK: contentOK)
        let authors = log.attempt { () throws(FHIRError) in try readAuthors(contained) }
        let legal = log.attempt { () throws(FHIRError) in
            try document.authenticator.map { reference throws(FHIRError) in
                try AuthorReader.author(reference, contained: contained, at: path("authenticator"))
            }
        }
        let dates = readDates()
        let bytes = contentOK ? readBytes(given) : nil
        let attachmentFacts = contentOK ? readAttachment(bytes: bytes) : nil
        let source = log.attempt { () throws(FHIRError) in try readSourcePatient(contained, patient: patient) }
        let events = log.attempt { () throws(FHIRError) in try readEvents() }
        let related = log.attempt { () throws(FHIRError) in try readRelated() }
        let replaces = log.attempt { () throws(FHIRError) in try RelatesToReader.replaces(document.relatesTo, at: path("relatesTo")) }
        guard let patient, let codes, let authors, let legal, let dates, let attachmentFacts, let source,
              let events, let related, let replaces
        else { return nil }
        let metadata = DocumentMetadata(
            uniqueId: codes.uniqueId, classCode: codes.classCode, typeCode: codes.typeCode, formatCode: codes.formatCode,
            healthcareFacilityTypeCode: codes.facility, practiceSettingCode: codes.practice,
            confidentialityCodes: codes.confidentiality, authors: authors, legalAuthenticator: legal,
            creationTime: dates.creation, serviceStartTime: dates.start, serviceStopTime: dates.stop,
            title: attachmentFacts.title, comments: document.description, languageCode: attachmentFacts.language,
            mimeType: attachmentFacts.mimeType, hash: attachmentFacts.hash, size: attachmentFacts.size,
            sourcePatientId: source.id, sourcePatientInfo: source.info, eventCodes: events, referenceIds: related)
        let input = DocumentReferenceInput(
            metadata: metadata, patient: patient, replaces: replaces,
            declaredHash: attachment?.hash != nil, declaredSize: attachment?.size != nil)
        return (input, bytes)
    }

    /// A new document is `current` (MHD); it cannot arrive archived.
    private func checkStatus() {
        if let status = document.status, status != "current" {
            log.record(.invalid("A submitted DocumentReference must have status current, not \(status).", at: path("status")))
        } else if document.status == nil && defaults == nil {
            log.record(.missing(path("status")))
        }
        let archived = (document.extension ?? []).with(url: PDSm.isArchivedExtension)
        if archived.contains(where: { $0.valueBoolean == true }) {
            log.record(.invalid("A document cannot be submitted already archived.", at: path.extension(PDSm.isArchivedExtension)))
        }
    }

    /// XDS carries exactly one content per DocumentEntry.
    private func checkContentCount() -> Bool {
        let count = document.content?.count ?? 0
        if count == 0 || attachment == nil {
            log.record(.missing(count == 0 ? path("content") : contentPath("attachment")))
            return false
        }
        if count > 1 {
            log.record(FHIRError(
                status: 422, issueType: .notSupported, condition: .notSupported,
                diagnostics: "An XDS document has exactly one content; send one DocumentReference per document.",
                expression: path("content")[1].rawValue))
            return false
        }
        return true
    }

    private struct Codes {
        let uniqueId: String
        let typeCode: Coding
        let classCode: Coding
        let formatCode: Coding
        let facility: Coding
        let practice: Coding
        let confidentiality: [Coding]
    }

    private func readCodes(contentOK: Bool) -> Codes? {
        let uniqueId = log.attempt { () throws(FHIRError) in
            guard let identifier = document.masterIdentifier else { throw .missing(path("masterIdentifier")) }
            return try IdentifierMapping.uniqueId(from: identifier, at: path("masterIdentifier"))
        }
        let typeCode = log.attempt { () throws(FHIRError) in try CodingMapping.xds(document.type, at: path("type")) }
        let classCode = log.attempt { () throws(FHIRError) in try readClass(typeCode: typeCode) }
        let formatCode = contentOK ? log.attempt { () throws(FHIRError) in try readFormat() } : nil
        let context = path("context")
        let facility = log.attempt { () throws(FHIRError) in
            try codeOrDefault(document.context?.facilityType, defaults?.healthcareFacilityTypeCode, at: context("facilityType"))
        }
        let practice = log.attempt { () throws(FHIRError) in
            try codeOrDefault(document.context?.practiceSetting, defaults?.practiceSettingCode, at: context("practiceSetting"))
        }
        let confidentiality = log.attempt { () throws(FHIRError) in try readConfidentiality() }
        guard let uniqueId, let typeCode, let classCode, let formatCode, let facility, let practice, let confidentiality else {
            return nil
        }
        return Codes(
            uniqueId: uniqueId, typeCode: typeCode, classCode: classCode, formatCode: formatCode, facility: facility,
            practice: practice, confidentiality: confidentiality)
    }

    private func readClass(typeCode: Coding?) throws(FHIRError) -> Coding {
        let categories = document.category ?? []
        if categories.count > 1 {
            throw .invalid("XDS has one classCode: send a single category.", at: path("category")[1])
        }
        if let category = categories.first { return try CodingMapping.xds(category, at: path("category")[0]) }
        if defaults != nil, let typeCode, let derived = defaults?.terminology?.classCodes(forType: typeCode).first {
            return derived
        }
        throw .missing(path("category"))
    }

    private func readFormat() throws(FHIRError) -> Coding {
        if let format = document.content?.first?.format { return try CodingMapping.xds(format, at: contentPath("format")) }
        if let defaults {
            if let mime = attachment?.contentType, let coding = defaults.formatCodesByMimeType[mime] { return coding }
            if let coding = defaults.formatCode { return coding }
        }
        throw .missing(contentPath("format"))
    }

    private func codeOrDefault(_ concept: FHIRCodeableConcept?, _ fallback: Coding?, at path: FHIRPath) throws(FHIRError) -> Coding {
        if let concept { return try CodingMapping.xds(concept, at: path) }
        if defaults != nil, let fallback { return fallback }
        throw .missing(path)
    }

    /// Every coding of every securityLabel: one XDS confidentialityCode each.
    private func readConfidentiality() throws(FHIRError) -> [Coding] {
        var codes: [Coding] = []
        for (index, label) in (document.securityLabel ?? []).enumerated() {
            let labelPath = path("securityLabel")[index]
            guard let codings = label.coding, !codings.isEmpty else { throw .missing(labelPath("coding")) }
            for (codingIndex, coding) in codings.enumerated() {
                codes.append(try CodingMapping.xds(coding, at: labelPath("coding")[codingIndex]))
            }
        }
        if codes.isEmpty {
            if let fallback = defaults?.confidentialityCodes, !fallback.isEmpty { return fallback }
            throw .missing(path("securityLabel"))
        }
        return codes
    }

    private func readAuthors(_ contained: ContainedResources) throws(FHIRError) -> [Author] {
        guard let references = document.author, !references.isEmpty else { throw .missing(path("author")) }
        var authors: [Author] = []
        for (index, reference) in references.enumerated() {
            authors.append(try AuthorReader.author(reference, contained: contained, at: path("author")[index]))
        }
        return authors
    }

    private struct Dates {
        let creation: Date
        let start: Date
        let stop: Date?
    }

    /// creationTime from `date` (PDSM4DMP dates annex), else `attachment.creation`;
    /// serviceStartTime from `context.period.start`, which a simplified publish may omit
    /// (the creation time is used, as for a CDA without serviceEvent).
    private func readDates() -> Dates? {
        let creation = log.attempt { () throws(FHIRError) -> Date in
            if let date = document.date { return try Self.date(date, at: path("date")) }
            if let creation = attachment?.creation { return try Self.date(creation, at: attachmentPath("creation")) }
            throw .missing(path("date"))
        }
        let period = document.context?.period
        let periodPath = path("context")("period")
        let start = log.attempt { () throws(FHIRError) -> Date? in
            if let start = period?.start { return try Self.date(start, at: periodPath("start")) }
            if defaults != nil { return nil }
            throw .missing(periodPath("start"))
        }
        let stop = log.attempt { () throws(FHIRError) in
            try period?.end.map { text throws(FHIRError) in try Self.date(text, at: periodPath("end")) }
        }
        guard let creation, let start, let stop else { return nil }
        return Dates(creation: creation, start: start ?? creation, stop: stop)
    }

    /// The start of a FHIR date/dateTime, or an error located at `path`.
    static func date(_ text: String, at path: FHIRPath) throws(FHIRError) -> Date {
        guard let value = FHIRDateTime(text) else {
            throw .invalid("Not a FHIR dateTime (YYYY, YYYY-MM, YYYY-MM-DD or YYYY-MM-DDThh:mm:ss+zz:zz).", at: path)
        }
        return value.start
    }

    /// The bytes: those given by the caller, else `attachment.data`.
    private func readBytes(_ given: Data?) -> Data? {
        if let given { return given }
        guard let data = attachment?.data else { return nil }
        return log.attempt { () throws(FHIRError) in
            guard let bytes = HexBase64.data(fromBase64: data) else {
                throw .invalid("attachment.data is not valid base64.", at: attachmentPath("data"))
            }
            return bytes
        }
    }

    private struct AttachmentFacts {
        let title: String
        let language: String
        let mimeType: String
        let hash: String
        let size: Int64
    }

    private func readAttachment(bytes: Data?) -> AttachmentFacts? {
        let title = log.attempt { () throws(FHIRError) in try required(attachment?.title, attachmentPath("title")) }
        let language = log.attempt { () throws(FHIRError) -> String in
            if let language = attachment?.language, !language.isEmpty { return language }
            if let fallback = defaults?.languageCode { return fallback }
            throw .missing(attachmentPath("language"))
        }
        let mimeType = log.attempt { () throws(FHIRError) in try required(attachment?.contentType, attachmentPath("contentType")) }
        let hash = log.attempt { () throws(FHIRError) -> String in
            if let declared = attachment?.hash {
                guard let digest = HexBase64.data(fromBase64: declared), digest.count == 20 else {
                    throw .invalid("hash must be the base64 of a 20-byte SHA-1 digest.", at: attachmentPath("hash"))
                }
                return HexBase64.hex(digest)
            }
            guard let bytes else { throw .missing(attachmentPath("hash"), "hash is required when the content is not sent.") }
            return Digest.sha1Hex(bytes)
        }
        let size = log.attempt { () throws(FHIRError) -> Int64 in
            if let declared = attachment?.size {
                guard declared >= 0 else { throw .invalid("size cannot be negative.", at: attachmentPath("size")) }
                return Int64(declared)
            }
            guard let bytes else { throw .missing(attachmentPath("size"), "size is required when the content is not sent.") }
            return Int64(bytes.count)
        }
        guard let title, let language, let mimeType, let hash, let size else { return nil }
        return AttachmentFacts(title: title, language: language, mimeType: mimeType, hash: hash, size: size)
    }

    private func required(_ value: String?, _ path: FHIRPath) throws(FHIRError) -> String {
        guard let value, !value.trimmingCharacters(in: .whitespaces).isEmpty else { throw .missing(path) }
        return value
    }
}
