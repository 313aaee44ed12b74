import DMPDomain
import DMPServices
import Foundation

/// An ITI-65 Provide Document Bundle (PDSm flux 01), read into what the publication service
/// takes, with each request entry's place kept for the transaction-response.
public struct ProvideDocumentBundle: Sendable {
    /// The patient, the same on every resource.
    public var patient: PatientReference
    /// The SubmissionSet.
    public var submissionSet: SubmissionSetInput
    /// The documents, in request order.
    public var documents: [ProvidedDocument]
    /// The folders, in request order.
    public var folders: [ProvidedFolder]
    /// Entries setting a replaced document to superseded.
    public var statusUpdates: [SupersedeRequest]
    /// Every request entry, in order.
    public var entries: [RequestEntry]

    /// Reads a transaction from its JSON.
    public init(json: Data) throws(FHIRError) {
        try self.init(FHIRJSON.decode(FHIRBundle.self, from: json))
    }

    /// Reads a transaction Bundle, stopping at the first defect.
    public init(_ bundle: FHIRBundle) throws(FHIRError) {
        let log = IssueLog()
        let parsed = ProvideBundleReader(bundle: bundle, log: log).read()
        try log.throwFirst()
        guard let parsed else { throw .invalid("The transaction could not be read.", at: "Bundle") }
        self = parsed
    }

    /// Reads what can be read and lists every defect found, including declared hashes and
    /// sizes that contradict their Binary (see ``contentIssues()``); nothing is corrected.
    public static func diagnose(_ bundle: FHIRBundle) -> (bundle: ProvideDocumentBundle?, issues: [FHIRError]) {
        let log = IssueLog()
        let parsed = ProvideBundleReader(bundle: bundle, log: log).read()
        return (parsed, log.issues + (parsed?.contentIssues() ?? []))
    }

    /// Memberwise, for the reader.
    init(
        patient: PatientReference, submissionSet: SubmissionSetInput, documents: [ProvidedDocument],
        folders: [ProvidedFolder], statusUpdates: [SupersedeRequest], entries: [RequestEntry]
    ) {
        self.patient = patient
        self.submissionSet = submissionSet
        self.documents = documents
        self.folders = folders
        self.statusUpdates = statusUpdates
        self.entries = entries
    }

    /// Declared hash/size against the Binary bytes, located in the bundle. The services
    /// check the same thing (hashMismatch/sizeMismatch); a server may call this first to
    /// answer with a precise location.
    public func contentIssues() -> [FHIRError] {
        documents.flatMap { document in
            ContentCheck.issues(
                document.input.metadata, content: document.content,
                attachmentPath: FHIRPath("Bundle.entry")[document.entryIndex]("resource")("content")[0]("attachment"))
        }
    }

    /// The submission for the services, once the server has validated the patient's INS
    /// (and resolved a `Patient/<id>` reference). A SubmissionSet without uniqueId gets
    /// `mintedUniqueId`.
    public func submission(patient: INS, mintedUniqueId: @autoclosure () -> String = OIDs.fromUUID()) -> Submission {
        Submission(
            patient: patient, uniqueId: submissionSet.uniqueId ?? mintedUniqueId(), sourceId: submissionSet.sourceId,
            title: submissionSet.title, comments: submissionSet.comments, contentTypeCode: submissionSet.contentTypeCode,
            authors: submissionSet.authors, documents: documents.map(\.submission), folders: folders.map(\.folder))
    }
}
