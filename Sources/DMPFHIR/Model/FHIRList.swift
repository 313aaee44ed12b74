/// FHIR R4 `List`, as MHD uses it for SubmissionSets and Folders.
public struct FHIRList: Codable, Hashable, Sendable, FHIRResourceContent {
    /// `List`.
    public static let resourceType = "List"

    /// Logical id (our entryUUID).
    public var id: String?
    /// Version and profiles.
    public var meta: FHIRMeta?
    /// Contained author resources.
    public var contained: [FHIRResource]?
    /// `ihe-designationType`, `ihe-sourceId`, `pdsm-ext-is-archived`…
    public var `extension`: [FHIRExtension]?
    /// uniqueId (`usual`) and entryUUID (`official`).
    public var identifier: [FHIRIdentifier]?
    /// `current`, `retired`, `entered-in-error`.
    public var status: String?
    /// `working` for MHD lists.
    public var mode: String?
    /// Title.
    public var title: String?
    /// `submissionset` or `folder` (MHDlistTypes).
    public var code: FHIRCodeableConcept?
    /// The patient.
    public var subject: FHIRReference?
    /// submissionTime (SubmissionSet) or lastUpdateTime (Folder), FHIR dateTime.
    public var date: String?
    /// Author of a SubmissionSet.
    public var source: FHIRReference?
    /// Comments.
    public var note: [FHIRAnnotation]?
    /// Members.
    public var entry: [Entry]?

    /// Creates an empty List.
    public init() {}

    /// `List.entry`.
    public struct Entry: Codable, Hashable, Sendable {
        /// The member.
        public var item: FHIRReference?
        /// When it was added.
        public var date: String?

        /// Creates an entry.
        public init(item: FHIRReference? = nil, date: String? = nil) {
            self.item = item
            self.date = date
        }
    }
}
