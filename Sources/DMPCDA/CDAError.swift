/// Why a CDA header could not be read.
public enum CDAError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The data is not well-formed XML (or stops before the header is complete). The message
    /// names the parser's error and the line where it occurred.
    case notXML(String)
    /// The document has a DOCTYPE declaration. CDA documents have none, and DTDs make entity
    /// expansion attacks possible, so such a document is refused before it is parsed.
    case doctypeNotAllowed
    /// The root element is not `ClinicalDocument` in the `urn:hl7-org:v3` namespace. `root` names
    /// the element found: `prefix:name` when it has a prefix, `{namespace}name` when it is in a
    /// default namespace, or just `name`.
    case notClinicalDocument(root: String)
    /// A required header element or attribute is absent, e.g. `ClinicalDocument/id` or
    /// `recordTarget/patientRole`.
    case missingElement(String)
    /// A header element has a value that cannot be used, e.g. a `versionNumber` that is not an integer.
    case invalidValue(element: String, value: String)

    /// A sentence that explains the error to a person.
    public var description: String {
        switch self {
        case .notXML(let message):
            return "The data is not a well-formed XML document: \(message)."
        case .doctypeNotAllowed:
            return "The document contains a DOCTYPE declaration; CDA documents never have one, and it is refused because DTDs allow entity expansion attacks."
        case .notClinicalDocument(let root):
            return "The root element is \(root), not ClinicalDocument in the urn:hl7-org:v3 namespace, so this is not a CDA document."
        case .missingElement(let path):
            return "The CDA header lacks the required element or attribute \(path)."
        case .invalidValue(let element, let value):
            return "The CDA header element \(element) has the unusable value \"\(value)\"."
        }
    }
}
