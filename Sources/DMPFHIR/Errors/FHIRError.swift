/// The one error the FHIR adapter renders: an HTTP status, an OperationOutcome issue code,
/// a machine-readable condition, a sentence and the FHIRPath of the element in error.
///
/// Parse errors of this module and `DMPError`s of the services both become a `FHIRError`
/// (see `init(_:)` in `FHIRError+DMPError.swift`) so that the server has one thing to
/// render. Texts never carry health data: element paths and codes, not values.
public struct FHIRError: Error, Hashable, Sendable, CustomStringConvertible {
    /// HTTP status to answer with.
    public var status: Int
    /// `OperationOutcome.issue.code`.
    public var issueType: FHIRIssueType
    /// Machine-readable reason (`issue.details.coding.code`): a `DMPError.Code` raw value or
    /// one of ``Condition``'s members, so a server can special-case one (e.g. choose 422
    /// rather than 405 for ``Condition/patchElementNotAllowed``).
    public var condition: Condition
    /// Text for a person (`issue.diagnostics`).
    public var diagnostics: String
    /// FHIRPath-like location (`Bundle.entry[1].resource.content[0].attachment.hash`).
    public var expression: String?

    /// Creates an error.
    public init(status: Int, issueType: FHIRIssueType, condition: Condition, diagnostics: String, expression: String? = nil) {
        self.status = status
        self.issueType = issueType
        self.condition = condition
        self.diagnostics = diagnostics
        self.expression = expression
    }

    /// Status, issue type, condition, location and text, for logs.
    public var description: String {
        "\(status) \(issueType) \(condition)" + (expression.map { " at \($0)" } ?? "") + ": \(diagnostics)"
    }

    /// Machine-readable reasons of the errors this module raises itself.
    public struct Condition: Hashable, Sendable, CustomStringConvertible {
        /// The code.
        public let rawValue: String
        /// Wraps a code.
        public init(_ rawValue: String) { self.rawValue = rawValue }

        /// The body is not JSON, or an element has the wrong JSON type.
        public static let malformed = Condition("MALFORMED")
        /// A required element is missing.
        public static let missingElement = Condition("MISSING_ELEMENT")
        /// An element's value is not acceptable.
        public static let invalidValue = Condition("INVALID_VALUE")
        /// The request uses something this server does not implement.
        public static let notSupported = Condition("NOT_SUPPORTED")
        /// A search parameter this server does not know (never silently ignored).
        public static let unknownSearchParameter = Condition("UNKNOWN_SEARCH_PARAMETER")
        /// Resources of one request name different patients.
        public static let patientMismatch = Condition("PATIENT_MISMATCH")
        /// Declared hash or size do not match the bytes sent.
        public static let contentMismatch = Condition("CONTENT_MISMATCH")
        /// A PATCH touches an element PDSm does not allow to change.
        public static let patchElementNotAllowed = Condition("PATCH_ELEMENT_NOT_ALLOWED")
        /// A JSON Patch `test` operation failed.
        public static let patchTestFailed = Condition("PATCH_TEST_FAILED")
        /// Nothing to show.
        public static let notFound = Condition("NOT_FOUND")
        /// Authentication missing or invalid.
        public static let unauthenticated = Condition("UNAUTHENTICATED")
        /// Unexpected failure; details stay in the server's logs.
        public static let internalError = Condition("INTERNAL_ERROR")

        /// The code.
        public var description: String { rawValue }
    }
}

extension FHIRError {
    /// 400 `structure`: not JSON, or a JSON type FHIR does not allow there.
    public static func malformed(_ diagnostics: String, at path: FHIRPath? = nil) -> FHIRError {
        FHIRError(status: 400, issueType: .structure, condition: .malformed, diagnostics: diagnostics, expression: path?.rawValue)
    }

    /// 400 `required`: a required element is absent.
    public static func missing(_ path: FHIRPath, _ diagnostics: String? = nil) -> FHIRError {
        FHIRError(
            status: 400, issueType: .required, condition: .missingElement,
            diagnostics: diagnostics ?? "\(path.rawValue) is required.", expression: path.rawValue)
    }

    /// 400 `invalid`: an element has a value this server cannot accept.
    public static func invalid(_ diagnostics: String, at path: FHIRPath?) -> FHIRError {
        FHIRError(status: 400, issueType: .invalid, condition: .invalidValue, diagnostics: diagnostics, expression: path?.rawValue)
    }

    /// 400 `not-supported`: a feature this server does not implement.
    public static func notSupported(_ diagnostics: String, at path: FHIRPath?) -> FHIRError {
        FHIRError(status: 400, issueType: .notSupported, condition: .notSupported, diagnostics: diagnostics, expression: path?.rawValue)
    }

    /// 404 with a fixed text, so that nothing tells whether a hidden resource exists.
    public static let notFound = FHIRError(
        status: 404, issueType: .notFound, condition: .notFound, diagnostics: "The requested resource was not found.")

    /// 401 `security`, for the server's authentication layer.
    public static let unauthenticated = FHIRError(
        status: 401, issueType: .security, condition: .unauthenticated, diagnostics: "Authentication is required.")

    /// 500 with a fixed text: internals stay in the logs.
    public static let internalError = FHIRError(
        status: 500, issueType: .processing, condition: .internalError,
        diagnostics: "The server could not process the request.")
}
