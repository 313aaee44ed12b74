import DMPDomain

/// Business settings of the use cases (the server reads them from configuration).
public struct ServiceConfiguration: Sendable, Hashable {
    /// Whether the first submission for a person without a record (and who has not opposed)
    /// creates the record, as Mon espace santé does since 2022.
    public var autoCreateRecords: Bool
    /// How long a closed record is kept before purge.
    public var retention: RetentionPeriod
    /// INS validation (strict by default; may accept bad keys of the test authority).
    public var insPolicy: INSValidationPolicy
    /// Largest document accepted, in bytes.
    public var maximumDocumentSize: Int64

    /// Creates settings; the defaults are the production ones.
    public init(
        autoCreateRecords: Bool = true, retention: RetentionPeriod = .legal,
        insPolicy: INSValidationPolicy = .strict, maximumDocumentSize: Int64 = 200 * 1024 * 1024
    ) {
        self.autoCreateRecords = autoCreateRecords
        self.retention = retention
        self.insPolicy = insPolicy
        self.maximumDocumentSize = maximumDocumentSize
    }
}
