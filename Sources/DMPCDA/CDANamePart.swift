/// One part of a person name (`family` or `given`), with its HL7 `qualifier` when the document gives one.
///
/// French CDA documents (CI-SIS) qualify name parts: on `family`, `BR` is the birth name (nom de
/// naissance), `SP` the name of use (nom d'usage) and `CL` the name used day to day (nom utilisé);
/// on `given`, an unqualified part holds the list of birth first names, `BR` the first of them
/// and `CL` the first name used. The qualifier is kept verbatim, never interpreted.
public struct CDANamePart: Sendable, Hashable, Codable {
    /// The text of the part, with surrounding white space removed.
    public let value: String
    /// The `qualifier` attribute (e.g. `BR`, `SP`, `CL`), when present.
    public let qualifier: String?

    /// Creates a name part.
    public init(value: String, qualifier: String? = nil) {
        self.value = value
        self.qualifier = qualifier
    }
}
