/// FHIR `Period`; bounds kept as FHIR dateTime text (``FHIRDateTime`` parses them) so that
/// a malformed date is reported with its location rather than failing the whole decode.
public struct FHIRPeriod: Codable, Hashable, Sendable {
    /// Start, FHIR dateTime.
    public var start: String?
    /// End, FHIR dateTime.
    public var end: String?

    /// Creates a period.
    public init(start: String? = nil, end: String? = nil) {
        self.start = start
        self.end = end
    }
}
