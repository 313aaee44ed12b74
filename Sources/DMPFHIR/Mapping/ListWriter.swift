import DMPDomain

extension FHIRList {
    /// The PDSm SubmissionSet List of a registered submission set.
    public init(_ set: SubmissionSet, context: FHIRServerContext) {
        self.init()
        id = set.entryUUID.rawValue
        meta = FHIRMeta(profile: [PDSm.submissionSetProfile])
        var resources: [FHIRResource] = []
        var sources: [FHIRReference] = []
        for (index, author) in set.authors.enumerated() {
            let written = AuthorWriter.contained(for: author, prefix: "author-\(index + 1)")
            sources.append(written.reference)
            resources += written.resources
        }
        contained = resources.nonEmpty
        var extensions = [
            FHIRExtension(url: MHD.designationTypeExtension, valueCodeableConcept: CodingMapping.concept(set.contentTypeCode)),
            FHIRExtension(url: MHD.sourceIdExtension, valueIdentifier: IdentifierMapping.uniqueIdIdentifier(set.sourceId)),
        ]
        if set.status == .archived {
            extensions.append(FHIRExtension(url: PDSm.isArchivedExtension, valueBoolean: true))
        }
        self.extension = extensions
        identifier = Self.identifiers(uniqueId: set.uniqueId, entryUUID: set.entryUUID)
        status = set.status == .deprecated ? "retired" : "current"
        mode = "working"
        title = set.title
        code = FHIRCodeableConcept(coding: [FHIRCoding(system: MHD.listTypes, code: "submissionset", display: "Submission Set")])
        subject = FHIRReference(reference: PatientResourceID(set.patientKey).reference)
        date = FHIRDateTime.format(set.submissionTime)
        source = sources.first
        note = set.comments.map { [FHIRAnnotation(text: $0)] }
        let members = set.memberEntryUUIDs.map { Entry(item: FHIRReference(reference: "DocumentReference/\($0.rawValue)")) }
            + set.folderEntryUUIDs.map { Entry(item: FHIRReference(reference: "List/\($0.rawValue)")) }
        entry = members.nonEmpty
    }

    /// The PDSm Folder List of a folder version. Members are stored by logicalId; pass the
    /// entryUUIDs of their current versions in `members` to get literal references,
    /// otherwise each member is a logical reference by logicalId (`urn:uuid:`).
    public init(_ folder: Folder, members: [EntryUUID]? = nil, context: FHIRServerContext) {
        self.init()
        id = folder.entryUUID.rawValue
        meta = FHIRMeta(versionId: String(folder.version), profile: [PDSm.folderProfile])
        self.extension = folder.codes.map {
            FHIRExtension(url: MHD.designationTypeExtension, valueCodeableConcept: CodingMapping.concept($0))
        }.nonEmpty
        identifier = Self.identifiers(uniqueId: folder.uniqueId, entryUUID: folder.entryUUID)
        status = folder.isCurrent && folder.status != .deprecated ? "current" : "retired"
        mode = "working"
        title = folder.title
        code = FHIRCodeableConcept(coding: [FHIRCoding(system: MHD.listTypes, code: "folder", display: "Folder")])
        subject = FHIRReference(reference: PatientResourceID(folder.patientKey).reference)
        date = FHIRDateTime.format(folder.lastUpdateTime)
        note = folder.comments.map { [FHIRAnnotation(text: $0)] }
        let items: [FHIRReference] = members.map { uuids in
            uuids.map { FHIRReference(reference: "DocumentReference/\($0.rawValue)") }
        } ?? folder.memberLogicalIds.map {
            FHIRReference(
                type: FHIRDocumentReference.resourceType,
                identifier: FHIRIdentifier(system: FHIRSystems.uri, value: IdentifierMapping.uuidPrefix + $0.rawValue))
        }
        entry = items.map { Entry(item: $0) }.nonEmpty
    }

    /// MHD: uniqueId with use `usual`, entryUUID with use `official`.
    private static func identifiers(uniqueId: String, entryUUID: EntryUUID) -> [FHIRIdentifier] {
        [
            IdentifierMapping.uniqueIdIdentifier(uniqueId, use: "usual"),
            FHIRIdentifier(use: "official", system: FHIRSystems.uri, value: IdentifierMapping.uuidPrefix + entryUUID.rawValue),
        ]
    }
}
