/// An identifier or code that is one validated string (IDNPS, RPPS, ADELI, FINESS, StructIdNat, sex, identity status):
/// stored as the bare string, and validated again when decoded, so that stored data can never
/// bring an invalid identifier back into the domain.
public protocol ValidatedIdentifier: Codable {
    /// The identifier's text.
    var value: String { get }
    /// Validates `value`.
    init(_ value: String) throws(IdentityError)
}

extension ValidatedIdentifier {
    /// Decodes the bare string and validates it.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        let raw = try container.decode(String.self)
        do {
            try self.init(raw)
        } catch {
            throw DecodingError.dataCorruptedError(in: container, debugDescription: error.description)
        }
    }

    /// Encodes the bare string.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(value)
    }
}
