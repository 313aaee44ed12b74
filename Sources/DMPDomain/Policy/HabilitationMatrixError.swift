/// Why a habilitation-matrix file could not be used. A bad file must stop the server at
/// startup rather than open or close access to a profession by accident.
public struct HabilitationMatrixError: Error, Hashable, Sendable, CustomStringConvertible {
    /// What is wrong, naming the file element; never patient data.
    public let reason: String

    /// Creates an error.
    public init(_ reason: String) { self.reason = reason }

    /// The reason, prefixed so that a startup log says what failed.

    public var description: String { "habilitation matrix unusable: \(reason)" }
}
