/// A path given to `dmp import` that does not exist.
public struct ImportPathError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The path as given.
    public let path: String

    /// Creates the error for `path`.
    public init(path: String) {
        self.path = path
    }

    /// "No such file or folder: <path>".
    public var description: String { "No such file or folder: \(path)" }
}
