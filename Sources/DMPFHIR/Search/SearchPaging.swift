/// `_count` and `_offset` of a search.
public struct SearchPaging: Hashable, Sendable {
    /// Page size. Default 20 (the ANS synchronisation algorithm fetches documents by 20);
    /// a larger `_count` is lowered to ``maximumCount``, as FHIR allows a server to return
    /// fewer than asked (the `next` link shows the way on). `_count=0` asks for the total only.
    public var count: Int
    /// Matches skipped.
    public var offset: Int

    /// Default page size.
    public static let defaultCount = 20
    /// Largest page served.
    public static let maximumCount = 100

    /// Creates paging.
    public init(count: Int = SearchPaging.defaultCount, offset: Int = 0) {
        self.count = min(max(count, 0), Self.maximumCount)
        self.offset = max(offset, 0)
    }

    /// Reads `_count` / `_offset` (once each).
    static func read(_ parameter: SearchParameter, into paging: inout SearchPaging, seen: inout Set<String>) throws(FHIRError) {
        guard seen.insert(parameter.name).inserted else {
            throw .searchParameter(parameter.name, "\(parameter.name) can be given once.")
        }
        let number = try SearchValueParsers.nonNegativeInteger(parameter.value, parameter: parameter.name)
        if parameter.name == "_count" {
            paging.count = min(number, maximumCount)
        } else {
            paging.offset = number
        }
    }
}
