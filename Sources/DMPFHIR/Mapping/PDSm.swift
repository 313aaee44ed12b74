/// Canonical URLs of the profiles, extensions and code systems of IHE MHD 4.2 and PDSm 3.1.1
/// that the mapping reads and writes (spec §5.4).
public enum PDSm {
    /// PDSm canonical base.
    public static let base = "https://interop.esante.gouv.fr/ig/fhir/pdsm"
    /// Comprehensive DocumentReference profile.
    public static let documentReferenceProfile = "\(base)/StructureDefinition/pdsm-comprehensive-document-reference"
    /// Simplified publish (ITI-105) DocumentReference profile.
    public static let simplifiedPublishProfile = "\(base)/StructureDefinition/pdsm-simplified-publish"
    /// SubmissionSet List profile.
    public static let submissionSetProfile = "\(base)/StructureDefinition/pdsm-submissionset-comprehensive"
    /// Folder List profile.
    public static let folderProfile = "\(base)/StructureDefinition/pdsm-folder-comprehensive"
    /// ITI-65 Bundle profile.
    public static let provideBundleProfile = "\(base)/StructureDefinition/pdsm-comprehensive-provide-document-bundle"
    /// `isArchived` extension (boolean) on DocumentReference and List.
    public static let isArchivedExtension = "\(base)/StructureDefinition/pdsm-ext-is-archived"
    /// The server CapabilityStatement ours instantiates.
    public static let gestionnaireCapabilityStatement = "\(base)/CapabilityStatement/PDSm-GestionnaireDePartageDeDocuments"
    /// The PDSm implementation guide.
    public static let implementationGuide = "\(base)/ImplementationGuide/ans.fhir.fr.pdsm"
    /// SearchParameter `isArchived`.
    public static let isArchivedSearchParameter = "\(base)/SearchParameter/PDSm-isArchived"
    /// SearchParameter `period-start`.
    public static let periodStartSearchParameter = "\(base)/SearchParameter/PDSm-DocumentReference-period-start"
    /// SearchParameter `period-end`.
    public static let periodEndSearchParameter = "\(base)/SearchParameter/PDSm-DocumentReference-period-end"
}

/// IHE MHD canonical URLs.
public enum MHD {
    /// MHD canonical base.
    public static let base = "https://profiles.ihe.net/ITI/MHD"
    /// List type code system (`submissionset`, `folder`).
    public static let listTypes = "\(base)/CodeSystem/MHDlistTypes"
    /// `designationType` extension (contentTypeCode / Folder codeList).
    public static let designationTypeExtension = "\(base)/StructureDefinition/ihe-designationType"
    /// `sourceId` extension.
    public static let sourceIdExtension = "\(base)/StructureDefinition/ihe-sourceId"
    /// `authorOrg` extension on `List.source`.
    public static let authorOrgExtension = "\(base)/StructureDefinition/ihe-authorOrg"
}

/// Other canonical identifiers.
public enum FHIRSystems {
    /// URI identifiers (`urn:oid:`, `urn:uuid:` values).
    public static let uri = "urn:ietf:rfc:3986"
    /// fr-core identifier types (`INS-NIR`, `IDNPS`, `IDNST`…).
    public static let frCoreIdentifierType = "https://hl7.fr/ig/fhir/core/CodeSystem/fr-core-cs-v2-0203"
    /// fr-core INS patient profile.
    public static let frCorePatientINSProfile = "https://hl7.fr/ig/fhir/core/StructureDefinition/fr-core-patient-ins"
    /// fr-core extension listing every birth first name on `Patient.name`.
    public static let birthListGivenNameExtension = "https://hl7.fr/ig/fhir/core/StructureDefinition/fr-core-patient-birth-list-given-name"
    /// The DocumentReference search parameters of FHIR R4 (`http://hl7.org/fhir/SearchParameter/…`).
    public static let searchParameterBase = "http://hl7.org/fhir/SearchParameter"
}
