/// FHIR `IssueType` codes (`OperationOutcome.issue.code`) the DMP uses.
///
/// A struct with static members rather than an enum, like the domain's code sets: FHIR's
/// value set is larger than what we emit and a caller may need another code.
public struct FHIRIssueType: Hashable, Sendable, CustomStringConvertible {
    /// The code.
    public let rawValue: String

    /// Wraps a code.
    public init(_ rawValue: String) { self.rawValue = rawValue }

    /// Content invalid against the specification or a profile.
    public static let invalid = FHIRIssueType("invalid")
    /// A structural issue (not valid JSON, wrong JSON type).
    public static let structure = FHIRIssueType("structure")
    /// A required element is missing.
    public static let required = FHIRIssueType("required")
    /// An element has an unacceptable value.
    public static let value = FHIRIssueType("value")
    /// A code is not valid for its element.
    public static let codeInvalid = FHIRIssueType("code-invalid")
    /// A business rule refused the content.
    public static let businessRule = FHIRIssueType("business-rule")
    /// The user may not do this.
    public static let forbidden = FHIRIssueType("forbidden")
    /// Authentication is missing or failed.
    public static let security = FHIRIssueType("security")
    /// Nothing to show.
    public static let notFound = FHIRIssueType("not-found")
    /// Conflicts with what is stored.
    public static let conflict = FHIRIssueType("conflict")
    /// Too large or too expensive.
    public static let tooCostly = FHIRIssueType("too-costly")
    /// Not supported by this server.
    public static let notSupported = FHIRIssueType("not-supported")
    /// Processing failure (internal error).
    public static let processing = FHIRIssueType("processing")

    /// The code.
    public var description: String { rawValue }
}
