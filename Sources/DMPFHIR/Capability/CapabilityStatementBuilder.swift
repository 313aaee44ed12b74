extension FHIRCapabilityStatement {
    /// The server's CapabilityStatement (`GET [base]/metadata`), modelled on PDSm's
    /// Gestionnaire de partage de documents and listing only what `options` enables. The
    /// search parameters are exactly those ``DocumentReferenceSearch`` and ``ListSearch``
    /// accept, so that a client reading this statement never sends one we refuse.
    public init(
        options: CapabilityOptions, context: FHIRServerContext, softwareVersion: String, date: String
    ) {
        self.init(status: "active", date: date, kind: "instance", fhirVersion: "4.0.1", format: ["json"])
        id = "dmp-server"
        url = context.absolute("metadata")
        version = softwareVersion
        name = "DMPGestionnaireDePartageDeDocuments"
        title = "DMP — Gestionnaire de partage de documents (PDSm 3.1.1)"
        experimental = false
        description = "Dossier Médical Partagé: IHE MHD 4.2 Document Recipient and Responder, French profile PDSm 3.1.1."
        instantiates = [PDSm.gestionnaireCapabilityStatement]
        implementationGuide = [PDSm.implementationGuide]
        software = Software(name: "DMP", version: softwareVersion)
        implementation = Implementation(description: "DMP FHIR API", url: context.baseURL)
        if options.patchDocumentReference {
            patchFormat = ["application/json-patch+json", "application/fhir+json"]
        }
        var resources: [Resource] = []
        if let documentReference = Self.documentReference(options) { resources.append(documentReference) }
        if options.findLists {
            resources.append(Resource(
                type: FHIRList.resourceType, profile: PDSm.submissionSetProfile, supportedProfile: [PDSm.folderProfile],
                interaction: [Interaction(code: "read"), Interaction(code: "search-type")], searchParam: Self.listSearchParams))
        }
        if options.retrieveDocument {
            resources.append(Resource(
                type: "Binary", profile: "http://hl7.org/fhir/StructureDefinition/Binary",
                documentation: "ITI-68: the bytes of a document, in its attachment.contentType.",
                interaction: [Interaction(code: "read")]))
        }
        if options.patientSearch {
            resources.append(Resource(
                type: FHIRPatient.resourceType, profile: FHIRSystems.frCorePatientINSProfile,
                documentation: "PDSM4DMP TD0.2: no entry = no DMP; active = the DMP is open.",
                interaction: [Interaction(code: "search-type")],
                searchParam: [SearchParam(
                    name: "identifier", definition: "\(FHIRSystems.searchParameterBase)/Patient-identifier", type: "token",
                    documentation: "urn:oid:<INS authority OID>|<INS>")]))
        }
        rest = [Rest(
            mode: "server", documentation: "Every error is an OperationOutcome; unknown search parameters are refused (400).",
            resource: resources.nonEmpty,
            interaction: options.provideBundle
                ? [Interaction(code: "transaction", documentation: PDSm.provideBundleProfile)] : nil)]
    }

    private static func documentReference(_ options: CapabilityOptions) -> Resource? {
        var interactions: [Interaction] = []
        if options.findDocumentReferences {
            interactions += [Interaction(code: "read"), Interaction(code: "search-type")]
        }
        if options.patchDocumentReference {
            interactions.append(Interaction(
                code: "patch", documentation: "status (entered-in-error deletes), securityLabel and the isArchived extension only."))
        }
        if options.simplifiedPublish {
            interactions.append(Interaction(code: "create", documentation: "ITI-105 simplified publish (\(PDSm.simplifiedPublishProfile))."))
        }
        guard !interactions.isEmpty else { return nil }
        return Resource(
            type: FHIRDocumentReference.resourceType, profile: PDSm.documentReferenceProfile,
            supportedProfile: options.simplifiedPublish ? [PDSm.simplifiedPublishProfile] : nil, interaction: interactions,
            conditionalUpdate: options.patchDocumentReference ? true : nil,
            searchParam: options.findDocumentReferences ? documentSearchParams : nil)
    }

    private static func fhir(_ id: String) -> String { "\(FHIRSystems.searchParameterBase)/\(id)" }
    private static func mhd(_ id: String) -> String { "\(MHD.base)/SearchParameter/\(id)" }

    private static let documentSearchParams: [SearchParam] = [
        SearchParam(name: "patient", definition: fhir("clinical-patient"), type: "reference"),
        SearchParam(name: "patient.identifier", definition: fhir("clinical-patient"), type: "token", documentation: "urn:oid:<INS OID>|<INS>"),
        SearchParam(name: "status", definition: fhir("DocumentReference-status"), type: "token", documentation: "Required."),
        SearchParam(name: "isArchived", definition: PDSm.isArchivedSearchParameter, type: "token"),
        SearchParam(name: "category", definition: fhir("DocumentReference-category"), type: "token"),
        SearchParam(name: "type", definition: fhir("clinical-type"), type: "token"),
        SearchParam(name: "format", definition: fhir("DocumentReference-format"), type: "token"),
        SearchParam(name: "setting", definition: fhir("DocumentReference-setting"), type: "token"),
        SearchParam(name: "facility", definition: fhir("DocumentReference-facility"), type: "token"),
        SearchParam(name: "event", definition: fhir("DocumentReference-event"), type: "token"),
        SearchParam(name: "security-label", definition: fhir("DocumentReference-security-label"), type: "token"),
        SearchParam(name: "date", definition: fhir("clinical-date"), type: "date", documentation: "creationTime"),
        SearchParam(name: "creation", definition: mhd("DocumentReference-Creation"), type: "date", documentation: "creationTime"),
        SearchParam(name: "period-start", definition: PDSm.periodStartSearchParameter, type: "date"),
        SearchParam(name: "period-end", definition: PDSm.periodEndSearchParameter, type: "date"),
        SearchParam(name: "author.given", definition: fhir("DocumentReference-author"), type: "string"),
        SearchParam(name: "author.family", definition: fhir("DocumentReference-author"), type: "string"),
        SearchParam(name: "author.identifier", definition: fhir("DocumentReference-author"), type: "token"),
        SearchParam(name: "related", definition: fhir("DocumentReference-related"), type: "reference"),
        SearchParam(name: "identifier", definition: fhir("clinical-identifier"), type: "token"),
    ]

    private static let listSearchParams: [SearchParam] = [
        SearchParam(name: "patient", definition: fhir("clinical-patient"), type: "reference"),
        SearchParam(name: "patient.identifier", definition: fhir("clinical-patient"), type: "token"),
        SearchParam(name: "code", definition: fhir("clinical-code"), type: "token", documentation: "Required: submissionset or folder."),
        SearchParam(name: "status", definition: fhir("List-status"), type: "token", documentation: "Required."),
        SearchParam(name: "isArchived", definition: PDSm.isArchivedSearchParameter, type: "token"),
        SearchParam(name: "date", definition: fhir("clinical-date"), type: "date"),
        SearchParam(name: "identifier", definition: fhir("clinical-identifier"), type: "token"),
        SearchParam(name: "designationType", definition: mhd("List-DesignationType"), type: "token"),
        SearchParam(name: "sourceId", definition: mhd("List-SourceId"), type: "token"),
    ]
}
