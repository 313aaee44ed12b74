/// FHIR R4 `OperationOutcome`: every error the API returns.
public struct FHIROperationOutcome: Codable, Hashable, Sendable, FHIRResourceContent {
    /// `OperationOutcome`.
    public static let resourceType = "OperationOutcome"

    /// Logical id.
    public var id: String?
    /// The issues (at least one).
    public var issue: [Issue]

    /// Creates an outcome.
    public init(id: String? = nil, issue: [Issue]) {
        self.id = id
        self.issue = issue
    }

    /// `OperationOutcome.issue`.
    public struct Issue: Codable, Hashable, Sendable {
        /// `fatal`, `error`, `warning`, `information`.
        public var severity: String
        /// IssueType code (`invalid`, `not-found`…).
        public var code: String
        /// Coded details (our machine-readable condition).
        public var details: FHIRCodeableConcept?
        /// Text for a person.
        public var diagnostics: String?
        /// FHIRPath of the element in error.
        public var expression: [String]?

        /// Creates an issue.
        public init(
            severity: String, code: String, details: FHIRCodeableConcept? = nil, diagnostics: String? = nil,
            expression: [String]? = nil
        ) {
            self.severity = severity
            self.code = code
            self.details = details
            self.diagnostics = diagnostics
            self.expression = expression
        }
    }
}
