/// A configuration value the server cannot use. The message names the key and its
/// environment variable, so that an operator knows where the bad value came from.
public struct ConfigurationError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The setting at fault.
    public let key: String
    /// What is wrong with it.
    public let reason: String

    /// Creates an error about `key`.
    public init(key: ConfigurationKey, reason: String) {
        self.key = key.name
        self.reason = "\(key.name) (\(key.environmentName)): \(reason)"
    }

    /// "Invalid configuration: <key> (<VARIABLE>): <reason>".
    public var description: String { "Invalid configuration: \(reason)" }
}
