/// A refusal by the DMP, with a code a program can act on and a sentence a person can read.
///
/// Errors are typed here and turned into HTTP statuses or exit codes only at the edges.
/// Messages never carry health data (no INS, no names, no titles).
public struct DMPError: Error, Hashable, Sendable, CustomStringConvertible {
    /// What kind of refusal this is.
    public let code: Code
    /// A sentence for a person.
    public let message: String
    /// The metadata element or input the refusal is about, when there is one.
    public let element: String?

    /// Creates an error.
    public init(_ code: Code, _ message: String, element: String? = nil) {
        self.code = code
        self.message = message
        self.element = element
    }

    public var description: String {
        element.map { "\(code.rawValue) (\($0)): \(message)" } ?? "\(code.rawValue): \(message)"
    }

    /// Refusal codes. An open set: adapters map unknown codes to a generic business error.
    public struct Code: Hashable, Sendable, Codable, CustomStringConvertible {
        /// Stable machine-readable code.
        public let rawValue: String
        /// Which family the code belongs to, so adapters can map it without knowing each code.
        public let category: Category
        /// Creates a code.
        public init(_ rawValue: String, _ category: Category) {
            self.rawValue = rawValue
            self.category = category
        }
        public var description: String { rawValue }

        /// Families of refusals, each with one edge mapping (HTTP status, exit code).
        public enum Category: String, Sendable, Codable {
            /// The input cannot be understood (HTTP 400).
            case malformed
            /// The input is understood but breaks a business rule (HTTP 422).
            case businessRule
            /// The actor may not do this (HTTP 403).
            case forbidden
            /// Nothing to show: missing, or hidden from this actor (HTTP 404).
            case notFound
            /// Conflicts with what is stored (HTTP 409).
            case conflict
            /// Too large (HTTP 413).
            case tooLarge
            /// Unsupported media type (HTTP 415).
            case unsupportedMediaType
            /// A conditional request matches more than one target (HTTP 412).
            case preconditionFailed
        }

        public static let invalidINS = Code("INVALID_INS", .businessRule)
        public static let invalidIdentifier = Code("INVALID_IDENTIFIER", .businessRule)
        public static let recordOpposed = Code("DMP_OPPOSED", .businessRule)
        public static let recordClosed = Code("DMP_CLOSED", .businessRule)
        public static let recordNotFound = Code("DMP_NOT_FOUND", .notFound)
        public static let recordExists = Code("DMP_ALREADY_EXISTS", .conflict)
        public static let recordStateInvalid = Code("DMP_STATE_INVALID", .businessRule)
        public static let unknownCode = Code("UNKNOWN_CODE", .businessRule)
        public static let classTypeMismatch = Code("CLASS_TYPE_MISMATCH", .businessRule)
        public static let hashMismatch = Code("HASH_MISMATCH", .businessRule)
        public static let sizeMismatch = Code("SIZE_MISMATCH", .businessRule)
        public static let headerMismatch = Code("CDA_HEADER_MISMATCH", .businessRule)
        public static let invalidCDA = Code("INVALID_CDA", .businessRule)
        public static let invalidMetadata = Code("INVALID_METADATA", .businessRule)
        public static let duplicateUniqueID = Code("DUPLICATE_UNIQUE_ID", .conflict)
        public static let notAuthor = Code("NOT_AUTHOR", .forbidden)
        public static let forbidden = Code("FORBIDDEN", .forbidden)
        public static let forbiddenTransition = Code("FORBIDDEN_STATUS_TRANSITION", .businessRule)
        public static let documentNotFound = Code("DOCUMENT_NOT_FOUND", .notFound)
        public static let ambiguousIdentifier = Code("AMBIGUOUS_IDENTIFIER", .preconditionFailed)
        public static let versionConflict = Code("VERSION_CONFLICT", .preconditionFailed)
        public static let malformed = Code("MALFORMED", .malformed)
        public static let tooLarge = Code("TOO_LARGE", .tooLarge)
        public static let unsupportedMediaType = Code("UNSUPPORTED_MEDIA_TYPE", .unsupportedMediaType)
    }
}
