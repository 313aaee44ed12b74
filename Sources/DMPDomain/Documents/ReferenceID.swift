/// An entry of a DocumentEntry's referenceIdList (CXi): an order, accession or study id.
public struct ReferenceID: Hashable, Sendable, Codable {
    /// The identifier value (CX.1, or the whole CX string).
    public var value: String
    /// Its type (JDV_J231 URN, e.g. `urn:ihe:iti:xds:2013:accession`).
    public var type: String
    /// Creates one.
    public init(value: String, type: String) {
        self.value = value
        self.type = type
    }
}
