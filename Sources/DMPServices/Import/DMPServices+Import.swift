import DMPCDA
import DMPDomain
import DMPStorage
import Foundation

/// Import of CDA and PDF files by an operator (`dmp import`): each file is one submission.
extension DMPServices {
    /// Publishes one file. A CDA gives its own metadata (header); a PDF needs the patient, the
    /// type and the author in `options`.
    public func importFile(_ content: Data, fileName: String, options: ImportOptions, actor: Actor) async throws -> ImportedFile {
        let (document, patient, warnings) = try await importedDocument(content, fileName: fileName, options: options)
        let author = document.metadata.authors.first.map { Author(person: $0.person, institution: $0.institution) }
        let submission = Submission(
            patient: patient, uniqueId: OIDs.fromUUID(), sourceId: options.sourceId, title: "Import \(fileName)",
            contentTypeCode: contentTypeCode(for: document.metadata, options: options),
            authors: author.map { [$0] } ?? document.metadata.authors, documents: [document])
        return ImportedFile(result: try await publish(submission, actor: actor), warnings: warnings)
    }

    private func importedDocument(
        _ content: Data, fileName: String, options: ImportOptions
    ) async throws -> (DocumentSubmission, INS, [String]) {
        if content.starts(with: Data("%PDF-".utf8)) {
            return try pdfDocument(content, fileName: fileName, options: options)
        }
        guard let header = try CDAConsistency.header(of: content, mimeType: "text/xml") else {
            throw DMPError(.unsupportedMediaType, "Only CDA R2 (XML) and PDF files can be imported.", element: "content")
        }
        let derivation = CDAMetadataDerivation(
            header: header, content: content, fileName: fileName, options: options, terminology: terminology)
        guard let id = derivation.patientIdentifiers.first, let matricule = id.extensionValue else {
            throw DMPError(.invalidINS, "The CDA recordTarget carries no INS (NIR, NIA, test or demo authority).", element: "recordTarget")
        }
        let patient = try ins(matricule: matricule, authorityOID: id.root)
        if let expected = options.patient, expected != patient {
            throw DMPError(.headerMismatch, "The CDA is about another patient than the one given.", element: "recordTarget")
        }
        let metadata = try derivation.metadata(for: patient)
        var warnings: [String] = []
        var replaces: DocumentTarget?
        let key = PatientKey(patient)
        for parent in derivation.replacedUniqueIds {
            let found = try await store.transaction { tx in try await tx.currentDocumentEntries(key, uniqueId: parent).first }
            if found != nil {
                replaces = .uniqueId(parent)
            } else {
                warnings.append("replaces \(parent), which is not in this DMP: imported as a new document")
            }
        }
        return (DocumentSubmission(metadata: metadata, content: content, replaces: replaces), patient, warnings)
    }

    private func pdfDocument(_ content: Data, fileName: String, options: ImportOptions) throws(DMPError) -> (DocumentSubmission, INS, [String]) {
        guard let patient = options.patient else {
            throw DMPError(.invalidMetadata, "A PDF says nothing of its patient: give the INS.", element: "patient")
        }
        guard let typeCode = options.typeCode, let author = options.author else {
            throw DMPError(.invalidMetadata, "A PDF needs a typeCode and an author.", element: "typeCode")
        }
        guard let classCode = terminology.classCodes(forType: typeCode).first else {
            throw DMPError(.unknownCode, "\(typeCode.code) is not a DMP typeCode.", element: "typeCode")
        }
        let now = clock()
        let metadata = DocumentMetadata(
            uniqueId: OIDs.fromUUID(), classCode: classCode, typeCode: typeCode, formatCode: CDAFormatCodes.unstructuredPDF,
            healthcareFacilityTypeCode: options.healthcareFacilityTypeCode, practiceSettingCode: options.practiceSettingCode,
            confidentialityCodes: [ConfidentialityCode.normal], authors: [author], legalAuthenticator: author,
            creationTime: now, serviceStartTime: now, serviceStopTime: nil,
            title: options.title ?? (fileName as NSString).deletingPathExtension, comments: nil, languageCode: "fr-FR",
            mimeType: "application/pdf", hash: Digest.sha1Hex(content), size: Int64(content.count),
            sourcePatientId: patient.cx, sourcePatientInfo: ["PID-3|\(patient.cx)"], eventCodes: [], referenceIds: [])
        return (DocumentSubmission(metadata: metadata, content: content), patient, [])
    }

    /// The submission set's contentTypeCode: the facility's sector when it is in the value set.
    private func contentTypeCode(for metadata: DocumentMetadata, options: ImportOptions) -> Coding {
        let contentTypes = terminology.valueSet(.contentType)
        if contentTypes.contains(metadata.healthcareFacilityTypeCode) { return metadata.healthcareFacilityTypeCode }
        return contentTypes.contains(options.healthcareFacilityTypeCode)
            ? options.healthcareFacilityTypeCode : contentTypes.concepts[0]
    }
}
