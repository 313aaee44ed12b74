import DMPDomain
import DMPServices

extension DocumentReferencePatch {
    /// The document a PATCH names: `DocumentReference/<id>` (the entryUUID), or the PDSm
    /// conditional form on the business identifier, `DocumentReference?identifier=[system|]<urn>`
    /// (`urn:oid:` → uniqueId, `urn:uuid:` → logicalId). Relative to the FHIR base.
    public static func target(relativeURL: String) throws(FHIRError) -> DocumentTarget {
        try SupersedeEntryReader.target(url: relativeURL, at: "request.url")
    }
}
