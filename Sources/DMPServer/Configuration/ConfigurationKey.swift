import Configuration

/// One documented configuration setting: its dotted key, the environment variable that sets
/// it, its default and what it means. The table of them (``ServerConfiguration/keys``) is
/// what `dmp config` prints and the README lists, so the documentation cannot drift from
/// what the code reads.
public struct ConfigurationKey: Sendable, Hashable {
    /// Dotted key, e.g. `dmp.http.port`.
    public let name: String
    /// The default as text, or nil when the setting is optional and unset by default.
    public let defaultValue: String?
    /// What the setting controls, in one sentence.
    public let meaning: String
    /// Whether the value may hold a credential, so that it is never printed or logged as is.
    public let isSecret: Bool

    /// Declares a setting.
    public init(_ name: String, default defaultValue: String?, meaning: String, isSecret: Bool = false) {
        self.name = name
        self.defaultValue = defaultValue
        self.meaning = meaning
        self.isSecret = isSecret
    }

    /// The environment variable: `dmp.http.port` → `DMP_HTTP_PORT` (the naming rule of
    /// swift-configuration's `EnvironmentVariablesProvider`).
    public var environmentName: String {
        name.split(separator: ".").map { $0.uppercased() }.joined(separator: "_")
    }

    /// The key as swift-configuration addresses it.
    var configKey: ConfigKey {
        ConfigKey(name.split(separator: ".").map(String.init))
    }
}
