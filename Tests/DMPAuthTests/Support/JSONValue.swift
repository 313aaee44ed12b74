import Foundation
import JWTKit

/// Any JSON value, so tests can put claims of any type (and wrong types) in a token.
enum JSONValue: Codable, Sendable, Equatable, ExpressibleByStringLiteral, ExpressibleByIntegerLiteral,
    ExpressibleByBooleanLiteral, ExpressibleByArrayLiteral
{
    /// A JSON string.
    case string(String)
    /// A JSON number (written as an integer when it is one).
    case number(Double)
    /// A JSON boolean.
    case bool(Bool)
    /// A JSON array.
    case array([JSONValue])
    /// JSON null.
    case null

    /// `"text"` in a claim dictionary.
    init(stringLiteral value: String) { self = .string(value) }
    /// `42` in a claim dictionary.
    init(integerLiteral value: Int) { self = .number(Double(value)) }
    /// `true` in a claim dictionary.
    init(booleanLiteral value: Bool) { self = .bool(value) }
    /// `["a", "b"]` in a claim dictionary.
    init(arrayLiteral elements: JSONValue...) { self = .array(elements) }

    /// Decodes whichever JSON value is there.
    init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        if container.decodeNil() { self = .null }
        else if let value = try? container.decode(Bool.self) { self = .bool(value) }
        else if let value = try? container.decode(Double.self) { self = .number(value) }
        else if let value = try? container.decode(String.self) { self = .string(value) }
        else { self = .array(try container.decode([JSONValue].self)) }
    }

    /// Encodes the value as it is.
    func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        switch self {
        case .string(let value): try container.encode(value)
        case .number(let value):
            if value.rounded() == value, abs(value) < 1e15 { try container.encode(Int64(value)) } else { try container.encode(value) }
        case .bool(let value): try container.encode(value)
        case .array(let value): try container.encode(value)
        case .null: try container.encodeNil()
        }
    }
}

/// A JWT payload made of arbitrary members.
struct AnyPayload: JWTPayload {
    /// The claims.
    var members: [String: JSONValue]

    /// A payload of these claims.
    init(_ members: [String: JSONValue]) { self.members = members }
    /// Decodes the claims object.
    init(from decoder: any Decoder) throws { members = try [String: JSONValue](from: decoder) }
    /// Encodes the claims object.
    func encode(to encoder: any Encoder) throws { try members.encode(to: encoder) }
    /// The verifier under test does the checking, not jwt-kit.
    func verify(using algorithm: some JWTAlgorithm) async throws {}
}
