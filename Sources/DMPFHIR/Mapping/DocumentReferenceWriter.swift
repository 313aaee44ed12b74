import DMPDomain

extension FHIRDocumentReference {
    /// The PDSm comprehensive DocumentReference of a registry entry (spec §4.2–4.3, PDSM4DMP
    /// annexes). The services never return deleted entries; one would be `entered-in-error`.
    public init(_ entry: DocumentEntry, context: FHIRServerContext) {
        self.init()
        let metadata = entry.metadata
        id = entry.entryUUID.rawValue
        meta = FHIRMeta(
            versionId: String(entry.version), lastUpdated: FHIRDateTime.format(entry.registeredAt),
            profile: [PDSm.documentReferenceProfile])
        if entry.status == .archived {
            self.extension = [FHIRExtension(url: PDSm.isArchivedExtension, valueBoolean: true)]
        }
        masterIdentifier = IdentifierMapping.uniqueIdIdentifier(metadata.uniqueId, use: "usual")
        identifier = [FHIRIdentifier(
            use: "official", system: FHIRSystems.uri, value: IdentifierMapping.uuidPrefix + entry.logicalId.rawValue)]
        status = DocumentStatusMapping.fhirStatus(entry.status)
        type = CodingMapping.concept(metadata.typeCode)
        category = [CodingMapping.concept(metadata.classCode)]
        subject = FHIRReference(reference: PatientResourceID(entry.patientKey).reference)
        date = FHIRDateTime.format(metadata.creationTime)
        description = metadata.comments
        securityLabel = metadata.confidentialityCodes.map(CodingMapping.concept).nonEmpty

        var resources: [FHIRResource] = []
        var authors: [FHIRReference] = []
        for (index, author) in metadata.authors.enumerated() {
            let written = AuthorWriter.contained(for: author, prefix: "author-\(index + 1)")
            authors.append(written.reference)
            resources += written.resources
        }
        author = authors.nonEmpty
        if let legal = metadata.legalAuthenticator {
            let written = AuthorWriter.contained(for: legal, prefix: "authenticator")
            authenticator = written.reference
            resources += written.resources
        }
        resources.append(.organization(AuthorWriter.organization(context.custodian, id: "custodian")))
        custodian = FHIRReference(reference: "#custodian")
        resources.append(.patient(SourcePatientMapping.patient(for: metadata, id: "source-patient")))
        contained = resources

        if let replaced = entry.replaces {
            relatesTo = [RelatesTo(code: "replaces", target: FHIRReference(reference: "DocumentReference/\(replaced.rawValue)"))]
        }
        let attachment = FHIRAttachment(
            contentType: metadata.mimeType, language: metadata.languageCode,
            url: context.absolute("Binary/\(entry.entryUUID.rawValue)"), size: Int(metadata.size),
            hash: HexBase64.base64(fromHex: metadata.hash), title: metadata.title,
            creation: FHIRDateTime.format(metadata.creationTime))
        content = [Content(attachment: attachment, format: CodingMapping.fhir(metadata.formatCode))]
        self.context = Context(
            event: metadata.eventCodes.map(CodingMapping.concept).nonEmpty,
            period: FHIRPeriod(
                start: FHIRDateTime.format(metadata.serviceStartTime), end: metadata.serviceStopTime.map(FHIRDateTime.format)),
            facilityType: CodingMapping.concept(metadata.healthcareFacilityTypeCode),
            practiceSetting: CodingMapping.concept(metadata.practiceSettingCode),
            sourcePatientInfo: FHIRReference(reference: "#source-patient"),
            related: metadata.referenceIds.map(ReferenceIDMapping.reference).nonEmpty)
    }
}

/// XDS availabilityStatus ↔ `DocumentReference.status` (+ isArchived).
enum DocumentStatusMapping {
    /// approved/archived → `current`, deprecated → `superseded`, deleted → `entered-in-error`.
    static func fhirStatus(_ status: AvailabilityStatus) -> String {
        switch status {
        case .deprecated: "superseded"
        case .deleted: "entered-in-error"
        default: "current"
        }
    }
}

/// referenceIdList ↔ `context.related` (PDSm slice `referenceIdList`: the identifier type
/// is the JDV_J231 URN in system `urn:ietf:rfc:3986`).
enum ReferenceIDMapping {
    /// The reference of one referenceId.
    static func reference(_ referenceID: ReferenceID) -> FHIRReference {
        let type = referenceID.type.isEmpty
            ? nil : FHIRCodeableConcept(coding: [FHIRCoding(system: FHIRSystems.uri, code: referenceID.type)])
        return FHIRReference(identifier: FHIRIdentifier(type: type, value: referenceID.value))
    }

    /// The referenceId of a `context.related` entry.
    static func referenceID(_ reference: FHIRReference, at path: FHIRPath) throws(FHIRError) -> ReferenceID {
        guard let identifier = reference.identifier, let value = identifier.value, !value.isEmpty else {
            throw .missing(path("identifier")("value"), "context.related entries carry the referenceId in identifier.value.")
        }
        return ReferenceID(value: value, type: identifier.type?.coding?.first?.code ?? "")
    }
}
