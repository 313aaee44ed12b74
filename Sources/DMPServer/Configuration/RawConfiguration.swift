import Configuration
import Foundation
import Logging

/// Reads settings as text and parses them here rather than with the typed getters of
/// `ConfigReader`, which silently fall back to the default when a value does not convert:
/// `DMP_HTTP_PORT=abc` must stop the start, not listen on 8080.
struct RawConfiguration {
    /// The providers, flags first.
    let reader: ConfigReader

    /// The value as written, or nil when no provider has it. Typed values (an in-memory
    /// provider may hold an `Int`) are turned back into text.
    func raw(_ key: ConfigurationKey) -> String? {
        let configKey = key.configKey
        if let text = reader.string(forKey: configKey, isSecret: key.isSecret) { return text }
        if let number = reader.int(forKey: configKey, isSecret: key.isSecret) { return String(number) }
        if let flag = reader.bool(forKey: configKey, isSecret: key.isSecret) { return String(flag) }
        return nil
    }

    /// The value, or the documented default; empty text counts as unset.
    func valueOrDefault(_ key: ConfigurationKey) -> String? {
        let value = raw(key)?.trimmingCharacters(in: .whitespaces)
        return value?.isEmpty == false ? value : key.defaultValue
    }

    /// An optional setting: the value, or nil when unset.
    func optionalText(_ key: ConfigurationKey) -> String? {
        valueOrDefault(key)
    }

    /// A required setting as text.
    func text(_ key: ConfigurationKey) throws(ConfigurationError) -> String {
        guard let value = valueOrDefault(key) else {
            throw ConfigurationError(key: key, reason: "a value is required")
        }
        return value
    }

    /// An integer within `range`; `expecting` describes it in the error.
    func integer(_ key: ConfigurationKey, in range: ClosedRange<Int>, expecting: String) throws(ConfigurationError) -> Int {
        let value = try text(key)
        guard let number = Int(value), range.contains(number) else {
            throw ConfigurationError(key: key, reason: "\"\(value)\" is not \(expecting)")
        }
        return number
    }

    /// A boolean: true/false, yes/no, on/off, 1/0.
    func boolean(_ key: ConfigurationKey) throws(ConfigurationError) -> Bool {
        let value = try text(key)
        switch value.lowercased() {
        case "true", "yes", "1", "on": return true
        case "false", "no", "0", "off": return false
        default: throw ConfigurationError(key: key, reason: "\"\(value)\" is not a boolean (true or false)")
        }
    }

    /// A swift-log level name, case-insensitive.
    func logLevel(_ key: ConfigurationKey) throws(ConfigurationError) -> Logger.Level {
        let value = try text(key)
        guard let level = Logger.Level(rawValue: value.lowercased()) else {
            let names = Logger.Level.allCases.map(\.rawValue).joined(separator: ", ")
            throw ConfigurationError(key: key, reason: "\"\(value)\" is not a log level (\(names))")
        }
        return level
    }
}
