import Foundation

/// The outcome of a `dmp import` run: what was accepted, what was refused and why.
public struct ImportReport: Sendable {
    /// A file the DMP refused, with the reason to show the operator.
    public struct Refusal: Sendable, Hashable {
        /// The file.
        public let file: URL
        /// `DMPError.description` (code, element and message) or the error's text.
        public let message: String
    }

    /// A remark on an accepted file (e.g. a replacement imported as a new document).
    public struct Warning: Sendable, Hashable {
        /// The file.
        public let file: URL
        /// The remark.
        public let message: String
    }

    /// Files registered (or found already registered with the same bytes).
    public internal(set) var accepted: [URL] = []
    /// How many of the accepted files were already in the DMP.
    public internal(set) var alreadyPresent = 0
    /// Files refused.
    public internal(set) var refused: [Refusal] = []
    /// Remarks on accepted files.
    public internal(set) var warnings: [Warning] = []

    /// Creates an empty report.
    public init() {}

    /// `dmp import`'s exit status: 0 when every file was accepted, 3 when some were refused.
    public var exitCode: Int32 { refused.isEmpty ? 0 : 3 }

    /// The closing summary: counts, then each refused file with its reason, then warnings.
    public var summary: [String] {
        var lines = ["\(accepted.count) accepted, \(refused.count) refused"
            + (alreadyPresent > 0 ? " (\(alreadyPresent) already in the DMP)" : "")]
        for refusal in refused {
            lines.append("refused \(refusal.file.lastPathComponent): \(refusal.message)")
        }
        for warning in warnings {
            lines.append("warning \(warning.file.lastPathComponent): \(warning.message)")
        }
        return lines
    }
}
