import DMPDomain
import DMPServices
import Foundation

/// One DocumentReference of an ITI-65 transaction with its bytes.
public struct ProvidedDocument: Sendable {
    /// What the DocumentReference says.
    public var input: DocumentReferenceInput
    /// The bytes (from the Binary its attachment points to, or inline data).
    public var content: Data
    /// Index of the DocumentReference entry in the bundle.
    public var entryIndex: Int
    /// Index of its Binary entry, if any.
    public var binaryEntryIndex: Int?
    /// `fullUrl` of the entry.
    public var fullUrl: String?

    /// The document as the services take it.
    public var submission: DocumentSubmission {
        DocumentSubmission(metadata: input.metadata, content: content, replaces: input.replaces)
    }
}

/// A Folder List of an ITI-65 transaction.
public struct ProvidedFolder: Sendable {
    /// The folder as the services take it.
    public var folder: FolderSubmission
    /// Index of the List entry.
    public var entryIndex: Int
    /// `fullUrl` of the entry.
    public var fullUrl: String?
}

/// An entry that sets a replaced DocumentReference to `superseded` (MHD UpdateDocumentRefs,
/// the PDSM4DMP TD2.1 FHIRPath Patch). Accepted only for a document this bundle replaces:
/// the replacement itself deprecates it, so the entry is answered without further action.
public struct SupersedeRequest: Sendable {
    /// The document whose status is set.
    public var target: DocumentTarget
    /// Index (in ``ProvideDocumentBundle/documents``) of the document replacing it.
    public var replacedBy: Int
    /// Index of the entry.
    public var entryIndex: Int
    /// `fullUrl` of the entry.
    public var fullUrl: String?
}

/// One entry of the request, in order, with what it is (the response follows this order).
public struct RequestEntry: Sendable, Hashable {
    /// Position in `Bundle.entry`.
    public var index: Int
    /// `fullUrl`, if any.
    public var fullUrl: String?
    /// What the entry carries.
    public var role: Role

    /// What an entry carries.
    public enum Role: Sendable, Hashable {
        /// The SubmissionSet List.
        case submissionSet
        /// DocumentReference number n of ``ProvideDocumentBundle/documents``.
        case document(Int)
        /// The Binary of document n.
        case binary(document: Int)
        /// Folder number n of ``ProvideDocumentBundle/folders``.
        case folder(Int)
        /// Status update number n of ``ProvideDocumentBundle/statusUpdates``.
        case supersede(Int)
    }
}
