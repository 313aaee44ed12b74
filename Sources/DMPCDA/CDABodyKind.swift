/// What the document's body is, as told by the first child of `ClinicalDocument/component`.
public enum CDABodyKind: Sendable, Hashable, Codable {
    /// A `structuredBody` (CDA level 2 or 3).
    case structured
    /// A `nonXMLBody` (CDA level 1), with `text/@mediaType` (e.g. `application/pdf`) and
    /// `text/@representation` (`B64` for base64) when present.
    case nonXML(mediaType: String?, representation: String?)
    /// No `component`, or a `component` with neither kind of body.
    case missing
}
