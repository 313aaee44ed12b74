import DMPDomain
import Foundation

/// A submission set to publish (ITI-41 / ITI-65 / ITI-105 / import): all-or-nothing.
public struct Submission: Sendable {
    /// The record's owner.
    public var patient: INS
    /// Producer's submission set id (OID).
    public var uniqueId: String
    /// OID of the emitting system.
    public var sourceId: String
    /// Title.
    public var title: String?
    /// Comments.
    public var comments: String?
    /// contentTypeCode.
    public var contentTypeCode: Coding
    /// Author of the set.
    public var authors: [Author]
    /// The documents.
    public var documents: [DocumentSubmission]
    /// Folders created or extended by this submission.
    public var folders: [FolderSubmission]

    /// Creates a submission.
    public init(
        patient: INS, uniqueId: String, sourceId: String, title: String? = nil, comments: String? = nil,
        contentTypeCode: Coding, authors: [Author], documents: [DocumentSubmission], folders: [FolderSubmission] = []
    ) {
        self.patient = patient
        self.uniqueId = uniqueId
        self.sourceId = sourceId
        self.title = title
        self.comments = comments
        self.contentTypeCode = contentTypeCode
        self.authors = authors
        self.documents = documents
        self.folders = folders
    }
}

/// One document of a submission: its metadata, its bytes, and what it replaces.
public struct DocumentSubmission: Sendable {
    /// Producer metadata.
    public var metadata: DocumentMetadata
    /// The bytes.
    public var content: Data
    /// The document this one replaces (RPLC), if any.
    public var replaces: DocumentTarget?

    /// Creates one.
    public init(metadata: DocumentMetadata, content: Data, replaces: DocumentTarget? = nil) {
        self.metadata = metadata
        self.content = content
        self.replaces = replaces
    }
}

/// A folder of a submission: a new one, or new members for an existing one (same uniqueId).
public struct FolderSubmission: Sendable {
    /// Producer's id.
    public var uniqueId: String
    /// Title.
    public var title: String
    /// Comments.
    public var comments: String?
    /// codeList.
    public var codes: [Coding]
    /// uniqueIds of the documents of this submission (or already in the record) it contains.
    public var documentUniqueIds: [String]

    /// Creates one.
    public init(uniqueId: String, title: String, comments: String? = nil, codes: [Coding], documentUniqueIds: [String]) {
        self.uniqueId = uniqueId
        self.title = title
        self.comments = comments
        self.codes = codes
        self.documentUniqueIds = documentUniqueIds
    }
}

/// What a publication registered.
public struct PublishResult: Sendable {
    /// The submission set stored (or, when every document was already there, the one
    /// that brought them is not repeated: this is the new set anyway, with no members).
    public let submissionSet: SubmissionSet
    /// Each document, in submission order.
    public let documents: [PublishedDocument]
    /// Folders created or updated.
    public let folders: [Folder]
    /// Whether the record was created by this submission.
    public let createdRecord: Bool

    /// Creates a result (adapters' tests build them).
    public init(submissionSet: SubmissionSet, documents: [PublishedDocument], folders: [Folder], createdRecord: Bool) {
        self.submissionSet = submissionSet
        self.documents = documents
        self.folders = folders
        self.createdRecord = createdRecord
    }
}

/// One document's outcome.
public struct PublishedDocument: Sendable {
    /// The registry entry (the existing one for an idempotent resubmission).
    public let entry: DocumentEntry
    /// Whether the same uniqueId with the same bytes was already registered.
    public let alreadyPresent: Bool
    /// The entry deprecated by this document, if it replaced one.
    public let deprecated: DocumentEntry?

    /// Creates an outcome.
    public init(entry: DocumentEntry, alreadyPresent: Bool, deprecated: DocumentEntry?) {
        self.entry = entry
        self.alreadyPresent = alreadyPresent
        self.deprecated = deprecated
    }
}
