/// A FHIRPath-like location such as `Bundle.entry[1].resource.content[0].attachment.hash`,
/// carried by every parse error so that a producer knows what to fix.
public struct FHIRPath: Hashable, Sendable, CustomStringConvertible, ExpressibleByStringLiteral {
    /// The text.
    public let rawValue: String

    /// Wraps a path text.
    public init(_ rawValue: String) { self.rawValue = rawValue }

    /// A root path from a literal (`"Bundle"`).
    public init(stringLiteral value: String) { rawValue = value }

    /// The child element `name`: `path("content")`.
    public func callAsFunction(_ name: String) -> FHIRPath {
        FHIRPath(rawValue.isEmpty ? name : "\(rawValue).\(name)")
    }

    /// The repetition `index`: `path[0]`.
    public subscript(index: Int) -> FHIRPath {
        FHIRPath("\(rawValue)[\(index)]")
    }

    /// The extension with this URL, as FHIRPath writes it.
    public func `extension`(_ url: String) -> FHIRPath {
        FHIRPath("\(rawValue).extension('\(url)')")
    }

    /// The path text.
    public var description: String { rawValue }
}
