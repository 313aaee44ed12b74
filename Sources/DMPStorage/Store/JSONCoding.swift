import Foundation

/// The one JSON form of stored bodies (metadata, traits): sorted keys so equal values store
/// equal text, and dates as exact milliseconds.
enum JSONCoding {
    static let encoder: JSONEncoder = {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        encoder.dateEncodingStrategy = .millisecondsSince1970
        return encoder
    }()

    static let decoder: JSONDecoder = {
        let decoder = JSONDecoder()
        decoder.dateDecodingStrategy = .millisecondsSince1970
        return decoder
    }()

    /// `value` as JSON text.
    static func text<T: Encodable>(_ value: T) throws -> String {
        String(decoding: try encoder.encode(value), as: UTF8.self)
    }

    /// The value of JSON `text`, or `StorageError.corruptRow`.
    static func value<T: Decodable>(_ type: T.Type, from text: String, table: String) throws -> T {
        do {
            return try decoder.decode(type, from: Data(text.utf8))
        } catch {
            throw StorageError.corruptRow(table: table, detail: "body does not decode as \(type)")
        }
    }
}
