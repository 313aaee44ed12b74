/// What a deployment serves, so that the CapabilityStatement lists exactly that.
public struct CapabilityOptions: Sendable, Hashable {
    /// ITI-65 (`transaction`).
    public var provideBundle: Bool
    /// ITI-105 (`create` of DocumentReference).
    public var simplifiedPublish: Bool
    /// ITI-67 search and read of DocumentReference.
    public var findDocumentReferences: Bool
    /// PDSm flux 03 (`patch` of DocumentReference, JSON Patch and FHIRPath Patch).
    public var patchDocumentReference: Bool
    /// ITI-66 search and read of List.
    public var findLists: Bool
    /// ITI-68 (`read` of Binary).
    public var retrieveDocument: Bool
    /// PDSM4DMP TD0.2: Patient search by INS identifier.
    public var patientSearch: Bool

    /// Creates options; everything is served by default.
    public init(
        provideBundle: Bool = true, simplifiedPublish: Bool = true, findDocumentReferences: Bool = true,
        patchDocumentReference: Bool = true, findLists: Bool = true, retrieveDocument: Bool = true, patientSearch: Bool = true
    ) {
        self.provideBundle = provideBundle
        self.simplifiedPublish = simplifiedPublish
        self.findDocumentReferences = findDocumentReferences
        self.patchDocumentReference = patchDocumentReference
        self.findLists = findLists
        self.retrieveDocument = retrieveDocument
        self.patientSearch = patientSearch
    }
}
