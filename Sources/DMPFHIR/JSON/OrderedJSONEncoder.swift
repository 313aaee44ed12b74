/// An Encoder that keeps members in the order they are encoded.
///
/// Foundation's JSONEncoder on Linux writes object members in hash order (or sorted), so
/// `resourceType` would not come first and the same resource would print differently from
/// one run to the next. The synthesized `encode(to:)` of the models encodes in declaration
/// order, so this encoder gives FHIR's customary layout, deterministically.
struct OrderedJSONEncoder {
    /// The JSON tree of `value`.
    static func tree<T: Encodable>(_ value: T) throws -> JSONNode.Value {
        let root = JSONNode()
        try value.encode(to: NodeEncoder(node: root, codingPath: []))
        return root.resolved()
    }
}

/// A node being built; resolved to an immutable value once encoding is done.
final class JSONNode {
    /// A finished JSON value, members in order.
    indirect enum Value {
        /// JSON null (pruned on output).
        case null
        /// A boolean.
        case bool(Bool)
        /// A number, as its JSON text.
        case number(String)
        /// A string.
        case string(String)
        /// An array.
        case array([Value])
        /// An object, members in encoding order.
        case object([(String, Value)])
    }

    /// What a node holds while encoding goes on.
    enum Storage {
        /// Nothing encoded yet.
        case empty
        /// A finished scalar.
        case scalar(Value)
        /// Array elements.
        case array([JSONNode])
        /// Object members in order.
        case object([(String, JSONNode)])
    }

    /// The content so far.
    var storage: Storage = .empty

    /// The finished value (an untouched node is an empty object).
    func resolved() -> Value {
        switch storage {
        case .empty: .object([])
        case .scalar(let value): value
        case .array(let nodes): .array(nodes.map { $0.resolved() })
        case .object(let members): .object(members.map { ($0.0, $0.1.resolved()) })
        }
    }

    /// The member node for `key`, created (appended) if absent, so that a second keyed
    /// container on the same encoder (the resource wrapper, then the body) adds members.
    func member(_ key: String) -> JSONNode {
        if case .object(let members) = storage, let existing = members.first(where: { $0.0 == key }) {
            return existing.1
        }
        let node = JSONNode()
        if case .object(let members) = storage {
            storage = .object(members + [(key, node)])
        } else {
            storage = .object([(key, node)])
        }
        return node
    }

    /// A new element node appended to an array.
    func element() -> JSONNode {
        let node = JSONNode()
        if case .array(let nodes) = storage {
            storage = .array(nodes + [node])
        } else {
            storage = .array([node])
        }
        return node
    }

    /// Makes the node an object, keeping members already there.
    func makeObject() {
        if case .object = storage { return }
        storage = .object([])
    }

    /// Makes the node an array, keeping elements already there.
    func makeArray() {
        if case .array = storage { return }
        storage = .array([])
    }
}

/// Scalars as JSON values.
enum JSONScalar {
    /// An integer.
    static func number<T: BinaryInteger>(_ value: T) -> JSONNode.Value { .number(String(value)) }

    /// A floating-point number; integral values print without fraction.
    static func number(_ value: Double, codingPath: [any CodingKey]) throws -> JSONNode.Value {
        guard value.isFinite else {
            throw EncodingError.invalidValue(value, .init(codingPath: codingPath, debugDescription: "JSON has no NaN or infinity."))
        }
        if value == value.rounded(), abs(value) < 1e15 { return .number(String(Int64(value))) }
        return .number(String(value))
    }
}

/// The Encoder writing into one node.
struct NodeEncoder: Encoder {
    /// The node written.
    let node: JSONNode
    /// Where the encoder is (for errors).
    let codingPath: [any CodingKey]
    /// No user info: the models need none.
    var userInfo: [CodingUserInfoKey: Any] { [:] }

    /// An object container.
    func container<Key: CodingKey>(keyedBy type: Key.Type) -> KeyedEncodingContainer<Key> {
        node.makeObject()
        return KeyedEncodingContainer(KeyedNodeContainer<Key>(node: node, codingPath: codingPath))
    }

    /// An array container.
    func unkeyedContainer() -> any UnkeyedEncodingContainer {
        node.makeArray()
        return UnkeyedNodeContainer(node: node, codingPath: codingPath)
    }

    /// A single-value container.
    func singleValueContainer() -> any SingleValueEncodingContainer {
        SingleNodeContainer(node: node, codingPath: codingPath)
    }
}

/// Encodes any value into a node: scalars directly, the rest through their `encode(to:)`.
private func encode<T: Encodable>(_ value: T, into node: JSONNode, codingPath: [any CodingKey]) throws {
    switch value {
    case let value as String: node.storage = .scalar(.string(value))
    case let value as Bool: node.storage = .scalar(.bool(value))
    case let value as Int: node.storage = .scalar(JSONScalar.number(value))
    case let value as Int64: node.storage = .scalar(JSONScalar.number(value))
    case let value as Double: node.storage = .scalar(try JSONScalar.number(value, codingPath: codingPath))
    default: try value.encode(to: NodeEncoder(node: node, codingPath: codingPath))
    }
}

private struct KeyedNodeContainer<Key: CodingKey>: KeyedEncodingContainerProtocol {
    let node: JSONNode
    let codingPath: [any CodingKey]

    mutating func encodeNil(forKey key: Key) throws { node.member(key.stringValue).storage = .scalar(.null) }

    mutating func encode<T: Encodable>(_ value: T, forKey key: Key) throws {
        try DMPFHIR.encode(value, into: node.member(key.stringValue), codingPath: codingPath + [key])
    }

    mutating func nestedContainer<NestedKey: CodingKey>(
        keyedBy keyType: NestedKey.Type, forKey key: Key
    ) -> KeyedEncodingContainer<NestedKey> {
        let child = node.member(key.stringValue)
        child.makeObject()
        return KeyedEncodingContainer(KeyedNodeContainer<NestedKey>(node: child, codingPath: codingPath + [key]))
    }

    mutating func nestedUnkeyedContainer(forKey key: Key) -> any UnkeyedEncodingContainer {
        let child = node.member(key.stringValue)
        child.makeArray()
        return UnkeyedNodeContainer(node: child, codingPath: codingPath + [key])
    }

    mutating func superEncoder() -> any Encoder {
        NodeEncoder(node: node.member("super"), codingPath: codingPath)
    }

    mutating func superEncoder(forKey key: Key) -> any Encoder {
        NodeEncoder(node: node.member(key.stringValue), codingPath: codingPath + [key])
    }
}

private struct UnkeyedNodeContainer: UnkeyedEncodingContainer {
    let node: JSONNode
    let codingPath: [any CodingKey]
    var count: Int {
        if case .array(let nodes) = node.storage { return nodes.count }
        return 0
    }

    mutating func encodeNil() throws { node.element().storage = .scalar(.null) }

    mutating func encode<T: Encodable>(_ value: T) throws {
        try DMPFHIR.encode(value, into: node.element(), codingPath: codingPath)
    }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type) -> KeyedEncodingContainer<NestedKey> {
        let child = node.element()
        child.makeObject()
        return KeyedEncodingContainer(KeyedNodeContainer<NestedKey>(node: child, codingPath: codingPath))
    }

    mutating func nestedUnkeyedContainer() -> any UnkeyedEncodingContainer {
        let child = node.element()
        child.makeArray()
        return UnkeyedNodeContainer(node: child, codingPath: codingPath)
    }

    mutating func superEncoder() -> any Encoder {
        NodeEncoder(node: node.element(), codingPath: codingPath)
    }
}

private struct SingleNodeContainer: SingleValueEncodingContainer {
    let node: JSONNode
    let codingPath: [any CodingKey]

    mutating func encodeNil() throws { node.storage = .scalar(.null) }

    mutating func encode<T: Encodable>(_ value: T) throws {
        try DMPFHIR.encode(value, into: node, codingPath: codingPath)
    }
}
