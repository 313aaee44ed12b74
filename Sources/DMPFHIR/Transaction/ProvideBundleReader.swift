import DMPDomain
import DMPServices
import Foundation

/// Reads an ITI-65 transaction: classifies entries, pairs DocumentReferences with their
/// Binary, checks the patient is the same everywhere and that status updates only concern
/// documents the bundle replaces.
struct ProvideBundleReader {
    /// The transaction read.
    let bundle: FHIRBundle
    /// Where defects go.
    let log: IssueLog

    private struct Classified {
        var submissionSet: (index: Int, list: FHIRList)?
        var documents: [(index: Int, document: FHIRDocumentReference)] = []
        var binaries: [Int: FHIRBinary] = [:]
        var folders: [(index: Int, list: FHIRList)] = []
        var updates: [(index: Int, target: DocumentTarget)] = []
    }

    /// The transaction, or nil with the log holding why.
    func read() -> ProvideDocumentBundle? {
        guard bundle.type == "transaction" else {
            log.record(.invalid("An ITI-65 Provide Document Bundle is a transaction Bundle.", at: "Bundle.type"))
            return nil
        }
        let entries = bundle.entry ?? []
        guard !entries.isEmpty else {
            log.record(.missing("Bundle.entry"))
            return nil
        }
        let fullUrls = indexFullUrls(entries)
        let classified = classify(entries)
        guard let (setIndex, setList) = classified.submissionSet else {
            log.record(.missing("Bundle.entry", "The transaction needs one SubmissionSet List."))
            return nil
        }
        let submissionSet = SubmissionSetInput.read(setList, at: entryPath(setIndex)("resource"), log: log)
        var usedBinaries: Set<Int> = []
        var documents: [ProvidedDocument] = []
        for (index, document) in classified.documents {
            if let provided = readDocument(document, index: index, entries: entries, fullUrls: fullUrls, binaries: classified.binaries) {
                if let binary = provided.binaryEntryIndex, !usedBinaries.insert(binary).inserted {
                    log.record(.invalid("Two DocumentReferences point to the same Binary.", at: entryPath(index)("resource")("content")[0]("attachment")("url")))
                }
                documents.append(provided)
            }
        }
        if classified.documents.isEmpty {
            log.record(.missing("Bundle.entry", "The transaction needs at least one DocumentReference."))
        }
        for index in classified.binaries.keys.sorted() where !usedBinaries.contains(index) && documents.count == classified.documents.count {
            log.record(.invalid("No DocumentReference of the transaction points to this Binary.", at: entryPath(index)("fullUrl")))
        }
        let folders = classified.folders.compactMap { readFolder($0.list, index: $0.index, entries: entries, documents: documents) }
        let updates = classified.updates.compactMap { readUpdate($0.target, index: $0.index, documents: documents, entries: entries) }
        guard let submissionSet, documents.count == classified.documents.count, folders.count == classified.folders.count,
              updates.count == classified.updates.count
        else { return nil }
        checkPatient(submissionSet.patient, documents: documents, folders: classified.folders)
        checkMembers(submissionSet, setIndex: setIndex, fullUrls: fullUrls, classified: classified)
        return ProvideDocumentBundle(
            patient: submissionSet.patient, submissionSet: submissionSet, documents: documents, folders: folders,
            statusUpdates: updates,
            entries: requestEntries(entries, setIndex: setIndex, documents: documents, folders: folders, updates: updates))
    }

    private func entryPath(_ index: Int) -> FHIRPath { FHIRPath("Bundle.entry")[index] }

    /// fullUrl → entry index; a repeated fullUrl makes references ambiguous.
    private func indexFullUrls(_ entries: [FHIRBundle.Entry]) -> [String: Int] {
        var table: [String: Int] = [:]
        for (index, entry) in entries.enumerated() {
            guard let fullUrl = entry.fullUrl else { continue }
            if table[fullUrl] != nil {
                log.record(.invalid("Two entries have the same fullUrl.", at: entryPath(index)("fullUrl")))
            } else {
                table[fullUrl] = index
            }
        }
        return table
    }

    private func classify(_ entries: [FHIRBundle.Entry]) -> Classified {
        var result = Classified()
        for (index, entry) in entries.enumerated() {
            let path = entryPath(index)
            guard let resource = entry.resource else {
                log.record(.missing(path("resource")))
                continue
            }
            let method = entry.request?.method ?? ""
            guard entry.request != nil else {
                log.record(.missing(path("request")))
                continue
            }
            switch (resource, method) {
            case (.list(let list), "POST"):
                guard checkURL(entry, "List", at: path) else { continue }
                switch ListReader.kind(list) {
                case "submissionset":
                    if result.submissionSet != nil {
                        log.record(.invalid("A transaction carries exactly one SubmissionSet.", at: path("resource")))
                    } else {
                        result.submissionSet = (index, list)
                    }
                case "folder": result.folders.append((index, list))
                default: log.record(.invalid("List.code must be submissionset or folder (MHDlistTypes).", at: path("resource")("code")))
                }
            case (.documentReference(let document), "POST"):
                if checkURL(entry, "DocumentReference", at: path) { result.documents.append((index, document)) }
            case (.binary(let binary), "POST"):
                if checkURL(entry, "Binary", at: path) { result.binaries[index] = binary }
            case (_, "PATCH"), (.documentReference, "PUT"):
                if let target = SupersedeEntryReader(log: log).target(of: entry, at: path) { result.updates.append((index, target)) }
            default:
                log.record(FHIRError(
                    status: 422, issueType: .notSupported, condition: .notSupported,
                    diagnostics: "A Provide Document Bundle holds List, DocumentReference and Binary creations and status updates of replaced documents; \(method) of a \(resource.resourceType) is not supported.",
                    expression: path("request")("method").rawValue))
            }
        }
        return result
    }

    private func checkURL(_ entry: FHIRBundle.Entry, _ type: String, at path: FHIRPath) -> Bool {
        guard entry.request?.url == type else {
            log.record(.invalid("request.url must be \(type) for the creation of a \(type).", at: path("request")("url")))
            return false
        }
        return true
    }

    /// A DocumentReference with the bytes of the Binary its `attachment.url` names (or
    /// inline `attachment.data`).
    private func readDocument(
        _ document: FHIRDocumentReference, index: Int, entries: [FHIRBundle.Entry], fullUrls: [String: Int],
        binaries: [Int: FHIRBinary]
    ) -> ProvidedDocument? {
        let resourcePath = entryPath(index)("resource")
        let attachmentPath = resourcePath("content")[0]("attachment")
        let attachment = document.content?.first?.attachment
        var binaryIndex: Int?
        var bytes: Data?
        if let url = attachment?.url {
            guard let target = fullUrls[url], let binary = binaries[target] else {
                log.record(.invalid("attachment.url must be the fullUrl of a Binary of this transaction.", at: attachmentPath("url")))
                return nil
            }
            binaryIndex = target
            bytes = readBinary(binary, index: target, declaredType: attachment?.contentType, attachmentPath: attachmentPath)
            guard bytes != nil else { return nil }
        }
        guard let (input, content) = log.attempt({ () throws(FHIRError) in
            try DocumentReferenceInput.read(document, at: resourcePath, content: bytes)
        }) else { return nil }
        guard let content else {
            log.record(.missing(attachmentPath("url"), "The document's bytes are missing: attachment.url must name a Binary of the transaction."))
            return nil
        }
        return ProvidedDocument(
            input: input, content: content, entryIndex: index, binaryEntryIndex: binaryIndex, fullUrl: entries[index].fullUrl)
    }

    private func readBinary(_ binary: FHIRBinary, index: Int, declaredType: String?, attachmentPath: FHIRPath) -> Data? {
        let path = entryPath(index)("resource")
        guard let data = binary.data else {
            log.record(.missing(path("data")))
            return nil
        }
        if let declaredType, binary.contentType != declaredType {
            log.record(.invalid("Binary.contentType differs from attachment.contentType of its DocumentReference.", at: path("contentType")))
            return nil
        }
        guard let bytes = HexBase64.data(fromBase64: data) else {
            log.record(.invalid("Binary.data is not valid base64.", at: path("data")))
            return nil
        }
        return bytes
    }

    private func readFolder(
        _ list: FHIRList, index: Int, entries: [FHIRBundle.Entry], documents: [ProvidedDocument]
    ) -> ProvidedFolder? {
        let path = entryPath(index)("resource")
        let folder = log.attempt { () throws(FHIRError) in try FolderReader.folder(list, at: path, documents: documents) }
        return folder.map { ProvidedFolder(folder: $0, entryIndex: index, fullUrl: entries[index].fullUrl) }
    }

    /// A status update is accepted only for a document that a DocumentReference of this
    /// bundle replaces: that replacement deprecates it anyway.
    private func readUpdate(
        _ target: DocumentTarget, index: Int, documents: [ProvidedDocument], entries: [FHIRBundle.Entry]
    ) -> SupersedeRequest? {
        guard let replacing = documents.firstIndex(where: { $0.input.replaces == target }) else {
            log.record(FHIRError(
                status: 422, issueType: .businessRule, condition: .invalidValue,
                diagnostics: "A transaction may set to superseded only a document that one of its DocumentReferences replaces (relatesTo replaces).",
                expression: entryPath(index)("request")("url").rawValue))
            return nil
        }
        return SupersedeRequest(target: target, replacedBy: replacing, entryIndex: index, fullUrl: entries[index].fullUrl)
    }

    private func checkPatient(_ patient: PatientReference, documents: [ProvidedDocument], folders: [(index: Int, list: FHIRList)]) {
        for document in documents where !document.input.patient.sameTarget(as: patient) {
            log.record(mismatch(at: entryPath(document.entryIndex)("resource")("subject")))
        }
        for (index, list) in folders {
            let path = entryPath(index)("resource")("subject")
            if let other = log.attempt({ () throws(FHIRError) in try PatientReferenceParser.parse(list.subject, at: path) }),
               !other.sameTarget(as: patient) {
                log.record(mismatch(at: path))
            }
        }
    }

    private func mismatch(at path: FHIRPath) -> FHIRError {
        FHIRError(
            status: 422, issueType: .businessRule, condition: .patientMismatch,
            diagnostics: "Every resource of a submission must be about the patient of the SubmissionSet.", expression: path.rawValue)
    }

    /// SubmissionSet members must be resources of this transaction (adding existing
    /// documents to a submission set is not an XDS publication).
    private func checkMembers(_ set: SubmissionSetInput, setIndex: Int, fullUrls: [String: Int], classified: Classified) {
        let allowed = Set(classified.documents.map(\.index) + classified.folders.map(\.index))
        for (position, reference) in set.memberReferences.enumerated() where !(fullUrls[reference].map(allowed.contains) ?? false) {
            log.record(.invalid(
                "SubmissionSet entries must reference DocumentReference or Folder entries of this transaction by fullUrl.",
                at: entryPath(setIndex)("resource")("entry")[position]("item")("reference")))
        }
    }

    private func requestEntries(
        _ entries: [FHIRBundle.Entry], setIndex: Int, documents: [ProvidedDocument], folders: [ProvidedFolder],
        updates: [SupersedeRequest]
    ) -> [RequestEntry] {
        var roles: [Int: RequestEntry.Role] = [setIndex: .submissionSet]
        for (position, document) in documents.enumerated() {
            roles[document.entryIndex] = .document(position)
            if let binary = document.binaryEntryIndex { roles[binary] = .binary(document: position) }
        }
        for (position, folder) in folders.enumerated() { roles[folder.entryIndex] = .folder(position) }
        for (position, update) in updates.enumerated() { roles[update.entryIndex] = .supersede(position) }
        return entries.indices.compactMap { index in
            roles[index].map { RequestEntry(index: index, fullUrl: entries[index].fullUrl, role: $0) }
        }
    }
}
