import DMPDomain
import Foundation

extension DemoDocumentSpec {
    /// formatCode of the generated CDA: they follow no CI-SIS model beyond the header.
    static let cdaFormat = Coding(
        code: "urn:asipSante:modelesHorsProfils:2011", system: CodeSystems.formatCodeComplementaire.oid,
        display: "Document non référencé IHE ou CI-SIS")
    /// formatCode of the generated PDF.
    static let pdfFormat = Coding(
        code: "urn:ihe:iti:xds-sd:pdf:2008", system: CodeSystems.iheFormatCode.oid,
        display: "Document à corps non structuré en Pdf/A-1")
    /// practiceSettingCode of the demo centre.
    static let ambulatory = Coding(code: "AMBULATOIRE", system: CodeSystems.cadreExercice.oid, display: "Ambulatoire")
    /// OID of the demo seeder as an emitting system (submission set sourceId).
    static let sourceId = "1.2.250.1.999.1.2"

    /// The bytes of the document.
    func content(for patient: DemoPatient) -> Data {
        switch kind {
        case .cda:
            return DemoCDA.document(self, patient: patient)
        case .pdf:
            let birth = patient.traits.birthDate.split(separator: "-").reversed().joined(separator: "/")
            let header = "\(patient.displayName), né(e) le \(birth) - \(time.frenchDate)"
            return DemoPDF.document(title: title, lines: [header, ""] + paragraphs + ["", "\(author.given) \(author.family)"])
        }
    }

    /// The submission set publishing this document alone, with metadata matching its bytes.
    func submission(for patient: DemoPatient, terminology: Terminology) throws -> Submission {
        let content = content(for: patient)
        guard let classCode = terminology.classCodes(forType: type).first else {
            throw DMPError(.unknownCode, "The demo typeCode \(type.code) has no classCode association.", element: "typeCode")
        }
        let ins = patient.ins
        let traits = patient.traits
        let metadata = DocumentMetadata(
            uniqueId: uniqueId, classCode: classCode, typeCode: type,
            formatCode: kind == .cda ? Self.cdaFormat : Self.pdfFormat,
            healthcareFacilityTypeCode: author.structure.facilityType, practiceSettingCode: Self.ambulatory,
            confidentialityCodes: confidentiality, authors: [author.author], legalAuthenticator: nil,
            creationTime: time.date, serviceStartTime: time.date, serviceStopTime: nil, title: title, comments: nil,
            languageCode: "fr-FR", mimeType: kind == .cda ? "text/xml" : "application/pdf",
            hash: Digest.sha1Hex(content), size: Int64(content.count),
            sourcePatientId: "\(ins.matricule)^^^&\(ins.authority.oid)&ISO^NH",
            sourcePatientInfo: [
                "PID-5|\(traits.birthName)^\(traits.birthGivenNamesText)^^^^^L",
                "PID-7|\(traits.birthDate.replacingOccurrences(of: "-", with: ""))",
                "PID-8|\(traits.sex.code)",
            ],
            eventCodes: [], referenceIds: [])
        let replaced = replaces.map { DocumentTarget.uniqueId(Self.uniqueId(patient: self.patient, number: $0)) }
        return Submission(
            patient: ins, uniqueId: submissionSetId, sourceId: Self.sourceId, title: title,
            contentTypeCode: author.structure.facilityType, authors: [author.author],
            documents: [DocumentSubmission(metadata: metadata, content: content, replaces: replaced)])
    }
}
