import DMPDomain
import DMPServices
import Foundation

/// What a DocumentReference of a publication says, in XDS terms.
public struct DocumentReferenceInput: Sendable {
    /// The producer's metadata, every element of spec §4.3. hash and size are those declared
    /// (hex), or computed from the bytes when the producer left them out.
    public var metadata: DocumentMetadata
    /// The patient named by `subject`.
    public var patient: PatientReference
    /// The document this one replaces (`relatesTo` `replaces`).
    public var replaces: DocumentTarget?
    /// Whether hash and size came from the producer (false: computed here).
    public var declaredHash: Bool
    /// Whether size came from the producer.
    public var declaredSize: Bool

    /// Reads a DocumentReference, stopping at the first defect. `content` is the document's
    /// bytes when the caller has them (a Binary of the bundle); otherwise `attachment.data`
    /// is used. `defaults` are given for a simplified publish only.
    public static func read(
        _ document: FHIRDocumentReference, at path: FHIRPath = "DocumentReference", content: Data? = nil,
        defaults: SimplifiedPublishDefaults? = nil
    ) throws(FHIRError) -> (input: DocumentReferenceInput, content: Data?) {
        let log = IssueLog()
        let result = DocumentReferenceReader(document: document, path: path, defaults: defaults, log: log).read(content: content)
        try log.throwFirst()
        guard let result else { throw .invalid("The DocumentReference could not be read.", at: path) }
        return result
    }

    /// Reads what can be read and lists every defect, including declared hash or size that
    /// contradict the bytes (or each other, when no bytes are given: a SHA-1 of nothing
    /// with a non-zero size). Nothing is corrected: a defect stays in the metadata and the
    /// services will refuse it.
    public static func diagnose(
        _ document: FHIRDocumentReference, at path: FHIRPath = "DocumentReference", content: Data? = nil,
        defaults: SimplifiedPublishDefaults? = nil
    ) -> (input: DocumentReferenceInput?, issues: [FHIRError]) {
        let log = IssueLog()
        let result = DocumentReferenceReader(document: document, path: path, defaults: defaults, log: log).read(content: content)
        if let metadata = result?.input.metadata {
            for issue in ContentCheck.issues(metadata, content: result?.content, attachmentPath: path("content")[0]("attachment")) {
                log.record(issue)
            }
        }
        return (result?.input, log.issues)
    }
}

/// Declared hash and size against the bytes.
public enum ContentCheck {
    /// SHA-1 of no bytes, which fake examples carry (TRAPS 5).
    static let emptySHA1 = "da39a3ee5e6b4b0d3255bfef95601890afd80709"

    /// The mismatches between `metadata` and `content`, located under `attachmentPath`.
    public static func issues(_ metadata: DocumentMetadata, content: Data?, attachmentPath: FHIRPath) -> [FHIRError] {
        var issues: [FHIRError] = []
        func mismatch(_ element: String, _ text: String) {
            issues.append(FHIRError(
                status: 422, issueType: .invalid, condition: .contentMismatch, diagnostics: text,
                expression: attachmentPath(element).rawValue))
        }
        if let content {
            if Int64(content.count) != metadata.size {
                mismatch("size", "size says \(metadata.size) bytes but the content has \(content.count).")
            }
            if Digest.sha1Hex(content) != metadata.hash.lowercased() {
                mismatch("hash", "hash is not the SHA-1 of the content.")
            }
        } else if metadata.hash.lowercased() == emptySHA1 && metadata.size != 0 {
            mismatch("hash", "hash is the SHA-1 of empty content, but size says \(metadata.size) bytes.")
        }
        return issues
    }
}
