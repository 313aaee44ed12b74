import Foundation

/// JSON reading and writing of FHIR resources.
///
/// Codable models rather than a hand-rolled JSON value type: the synthesized decoders
/// ignore unknown elements (FHIR lets producers add extensions we do not know), skip nils
/// on output, and `DecodingError.codingPath` already says where a wrong JSON type is, so
/// mapping it (``FHIRJSON/error(from:root:)``) gives precise locations for free. Checks
/// beyond JSON types (required elements, formats) are made by the mappers, which build
/// their paths with ``FHIRPath``.
public enum FHIRJSON {
    /// Decodes a resource of type `T`, refusing another `resourceType`.
    public static func decode<T: FHIRResourceContent>(_ type: T.Type, from data: Data) throws(FHIRError) -> T {
        do {
            return try JSONDecoder().decode(Typed<T>.self, from: data).value
        } catch {
            throw Self.error(from: error, root: T.resourceType)
        }
    }

    /// Decodes any resource this module models (others come back as `.other`).
    public static func decodeResource(from data: Data) throws(FHIRError) -> FHIRResource {
        let root = (try? JSONDecoder().decode(TypeProbe.self, from: data))?.resourceType ?? "Resource"
        do {
            return try JSONDecoder().decode(FHIRResource.self, from: data)
        } catch {
            throw Self.error(from: error, root: root)
        }
    }

    /// The JSON of a resource: members in FHIR's customary order (`resourceType` first, then
    /// declaration order), deterministic, without nulls or empty arrays and objects.
    public static func encode<T: FHIRResourceContent>(_ resource: T, pretty: Bool = false) -> Data {
        encodeValue(Typed(value: resource), pretty: pretty)
    }

    /// The JSON of a resource of any type.
    public static func encode(_ resource: FHIRResource, pretty: Bool = false) -> Data {
        encodeValue(resource, pretty: pretty)
    }

    private static func encodeValue<V: Encodable>(_ value: V, pretty: Bool) -> Data {
        do {
            return Data(JSONText.write(try OrderedJSONEncoder.tree(value), pretty: pretty).utf8)
        } catch {
            // The models hold only strings, integers, booleans and nested models: encoding
            // fails only on non-finite floating-point numbers, which they never contain.
            preconditionFailure("FHIR model could not be encoded: \(error)")
        }
    }

    /// The FHIRError for a decoding failure, located under `root` (`Bundle`,
    /// `DocumentReference`…).
    static func error(from error: any Error, root: String) -> FHIRError {
        guard let decoding = error as? DecodingError else {
            return .malformed("The body could not be read as FHIR JSON.", at: FHIRPath(root))
        }
        switch decoding {
        case .typeMismatch(let type, let context):
            return .malformed("Expected \(jsonKind(of: type)).", at: path(root, context.codingPath))
        case .valueNotFound(let type, let context):
            return .malformed(
                "Expected \(jsonKind(of: type)), found null (FHIR JSON does not allow null).",
                at: path(root, context.codingPath))
        case .keyNotFound(let key, let context):
            return .missing(path(root, context.codingPath + [key]))
        case .dataCorrupted(let context):
            if context.codingPath.isEmpty {
                return .malformed("The body is not valid JSON.", at: FHIRPath(root))
            }
            return .malformed(context.debugDescription, at: path(root, context.codingPath))
        @unknown default:
            return .malformed("The body could not be read as FHIR JSON.", at: FHIRPath(root))
        }
    }

    private static func path(_ root: String, _ codingPath: [any CodingKey]) -> FHIRPath {
        codingPath.reduce(FHIRPath(root)) { path, key in
            key.intValue.map { path[$0] } ?? path(key.stringValue)
        }
    }

    private static func jsonKind(of type: Any.Type) -> String {
        switch type {
        case is String.Type: "a string"
        case is Bool.Type: "a boolean (true or false)"
        case is Int.Type, is Int64.Type: "an integer"
        default:
            String(describing: type).hasPrefix("Array") ? "an array" : "an object"
        }
    }

    /// A resource of a known type, `resourceType` checked on input and written on output.
    private struct Typed<T: FHIRResourceContent>: Codable {
        let value: T

        init(value: T) { self.value = value }

        init(from decoder: any Decoder) throws {
            let container = try decoder.container(keyedBy: TypeKey.self)
            let type = try container.decode(String.self, forKey: .resourceType)
            guard type == T.resourceType else {
                throw DecodingError.dataCorruptedError(
                    forKey: .resourceType, in: container,
                    debugDescription: "Expected a \(T.resourceType), found a \(type).")
            }
            value = try T(from: decoder)
        }

        func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: TypeKey.self)
            try container.encode(T.resourceType, forKey: .resourceType)
            try value.encode(to: encoder)
        }
    }

    private enum TypeKey: String, CodingKey { case resourceType }

    private struct TypeProbe: Decodable { let resourceType: String }
}
