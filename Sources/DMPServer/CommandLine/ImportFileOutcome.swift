/// What importing one file gave, reduced to what `dmp import` reports.
public struct ImportFileOutcome: Sendable, Hashable {
    /// Whether the same document (uniqueId and bytes) was already registered.
    public var alreadyPresent: Bool
    /// Remarks for the operator.
    public var warnings: [String]

    /// Creates an outcome.
    public init(alreadyPresent: Bool, warnings: [String]) {
        self.alreadyPresent = alreadyPresent
        self.warnings = warnings
    }
}
