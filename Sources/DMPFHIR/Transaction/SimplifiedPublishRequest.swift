import DMPDomain
import DMPServices
import Foundation

/// An ITI-105 Simplified Publish (PDSm flux 09): one DocumentReference with its bytes inline.
/// The server makes the SubmissionSet: a new uniqueId, its own sourceId.
public struct SimplifiedPublishRequest: Sendable {
    /// What the DocumentReference says.
    public var input: DocumentReferenceInput
    /// The bytes (`attachment.data`).
    public var content: Data

    /// Reads the request body.
    public init(json: Data, defaults: SimplifiedPublishDefaults) throws(FHIRError) {
        try self.init(FHIRJSON.decode(FHIRDocumentReference.self, from: json), defaults: defaults)
    }

    /// Reads a DocumentReference; `attachment.data` is required and `attachment.url`
    /// forbidden (PDSm simplified publish profile).
    public init(_ document: FHIRDocumentReference, defaults: SimplifiedPublishDefaults) throws(FHIRError) {
        let attachmentPath = FHIRPath("DocumentReference.content")[0]("attachment")
        let attachment = document.content?.first?.attachment
        if attachment?.url != nil {
            throw .invalid("A simplified publish carries its bytes in attachment.data, not attachment.url.", at: attachmentPath("url"))
        }
        guard attachment?.data != nil else { throw .missing(attachmentPath("data")) }
        let (input, content) = try DocumentReferenceInput.read(document, defaults: defaults)
        guard let content else { throw .missing(attachmentPath("data")) }
        self.input = input
        self.content = content
    }

    /// Declared hash/size against the inline bytes (the services check the same).
    public func contentIssues() -> [FHIRError] {
        ContentCheck.issues(input.metadata, content: content, attachmentPath: FHIRPath("DocumentReference.content")[0]("attachment"))
    }

    /// The submission for the services, once the server has validated the patient's INS.
    /// The SubmissionSet's contentTypeCode is `defaults.contentTypeCode`, else the
    /// document's facility type; its author is the document's first author.
    public func submission(
        patient: INS, defaults: SimplifiedPublishDefaults, uniqueId: @autoclosure () -> String = OIDs.fromUUID()
    ) -> Submission {
        let metadata = input.metadata
        return Submission(
            patient: patient, uniqueId: uniqueId(), sourceId: defaults.sourceId, title: nil, comments: nil,
            contentTypeCode: defaults.contentTypeCode ?? metadata.healthcareFacilityTypeCode,
            authors: Array(metadata.authors.prefix(1)),
            documents: [DocumentSubmission(metadata: metadata, content: content, replaces: input.replaces)])
    }
}
