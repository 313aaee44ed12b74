import Configuration
import DMPStorage
import Foundation
import Logging

/// The settings of a DMP server or command, read once at start-up with swift-configuration:
/// command-line flags, then `DMP_…` environment variables, then the defaults of
/// ``ServerConfiguration/keys``. Values are checked here, so that a typo stops the start with
/// a message naming the setting rather than surfacing later as an odd behaviour.
public struct ServerConfiguration: Sendable, Hashable {
    /// Address the HTTP server listens on.
    public var host: String
    /// TCP port (0: any free port).
    public var port: Int
    /// Data folder (SQLite file and document files).
    public var dataDirectory: String
    /// Database URL; nil uses `<dataDirectory>/dmp.sqlite`.
    public var databaseURL: String?
    /// Whether a first submission creates the record.
    public var autoCreateRecords: Bool
    /// Years a closed record is kept.
    public var retentionYears: Int
    /// Whether INS of the test authority with a wrong key are accepted.
    public var acceptInvalidTestKeys: Bool
    /// Largest document accepted, in bytes.
    public var maximumDocumentBytes: Int64
    /// Log level.
    public var logLevel: Logger.Level
    /// Absolute URL clients use, when set.
    public var publicURL: String?
    /// Path of the FHIR API (`/fhir`).
    public var fhirBasePath: String
    /// Largest request body.
    public var maximumRequestBytes: Int
    /// sourceId of submission sets made by the gateway.
    public var sourceOID: String
    /// Expected token audience.
    public var authAudience: String
    /// File of trusted issuers.
    public var authIssuersFile: String?
    /// Whether the development issuer is trusted.
    public var authDevelopment: Bool
    /// Notification transport: none, file or smtp.
    public var notifyTransport: String
    /// Folder of the file transport, when set (else `<data dir>/mail`).
    public var notifyFolder: String?
    /// From address.
    public var notifyFrom: String
    /// SMTP relay.
    public var notifySMTPHost: String
    /// SMTP port.
    public var notifySMTPPort: Int
    /// Professional address pattern.
    public var notifyProfessionalPattern: String?
    /// Outbox scan interval.
    public var notifyIntervalSeconds: Int
    /// Age of majority.
    public var majorityAge: Int
    /// Replacement habilitation matrix file, if any.
    public var habilitationMatrixFile: String?

    /// Reads and checks every setting from `reader`; missing ones take their default.
    /// - Throws: ``ConfigurationError`` naming the first unusable value.
    public init(reader: ConfigReader) throws(ConfigurationError) {
        let values = RawConfiguration(reader: reader)
        host = try values.text(Key.httpHost)
        port = try values.integer(Key.httpPort, in: 0...65_535, expecting: "a port number from 0 to 65535")
        dataDirectory = try values.text(Key.dataDirectory)
        databaseURL = values.optionalText(Key.databaseURL)
        autoCreateRecords = try values.boolean(Key.autoCreateRecords)
        retentionYears = try values.integer(Key.retentionYears, in: 0...200, expecting: "a number of years from 0 to 200")
        acceptInvalidTestKeys = try values.boolean(Key.acceptInvalidTestKeys)
        maximumDocumentBytes = Int64(try values.integer(Key.maximumDocumentBytes, in: 1...Int.max, expecting: "a positive number of bytes"))
        logLevel = try values.logLevel(Key.logLevel)
        publicURL = values.optionalText(Key.publicURL).map { $0.hasSuffix("/") ? String($0.dropLast()) : $0 }
        if let publicURL, URL(string: publicURL)?.scheme == nil {
            throw ConfigurationError(key: Key.publicURL, reason: "expected an absolute URL such as https://dmp.example.org")
        }
        fhirBasePath = try values.text(Key.fhirBasePath)
        guard fhirBasePath.hasPrefix("/"), fhirBasePath.count > 1, !fhirBasePath.hasSuffix("/") else {
            throw ConfigurationError(key: Key.fhirBasePath, reason: "expected a path such as /fhir")
        }
        maximumRequestBytes = try values.integer(Key.maximumRequestBytes, in: 1024...Int.max, expecting: "a number of bytes of at least 1024")
        sourceOID = try values.text(Key.sourceOID)
        authAudience = try values.text(Key.authAudience)
        authIssuersFile = values.optionalText(Key.authIssuersFile)
        authDevelopment = try values.boolean(Key.authDevelopment)
        notifyTransport = try values.text(Key.notifyTransport)
        guard ["none", "file", "smtp"].contains(notifyTransport) else {
            throw ConfigurationError(key: Key.notifyTransport, reason: "expected none, file or smtp")
        }
        notifyFolder = values.optionalText(Key.notifyFolder)
        notifyFrom = try values.text(Key.notifyFrom)
        notifySMTPHost = try values.text(Key.notifySMTPHost)
        notifySMTPPort = try values.integer(Key.notifySMTPPort, in: 1...65_535, expecting: "a port number")
        notifyProfessionalPattern = values.optionalText(Key.notifyProfessionalPattern)
        notifyIntervalSeconds = try values.integer(Key.notifyIntervalSeconds, in: 1...86_400, expecting: "seconds from 1 to 86400")
        majorityAge = try values.integer(Key.majorityAge, in: 1...30, expecting: "an age from 1 to 30")
        habilitationMatrixFile = values.optionalText(Key.habilitationMatrixFile)
        if let databaseURL {
            do {
                _ = try DatabaseLocation(url: databaseURL)
            } catch {
                throw ConfigurationError(key: Key.databaseURL, reason: error.description)
            }
        }
    }

    /// Reads the configuration of a process: `overrides` (command-line flags, by key name)
    /// first, then the environment (`environment`, the process's by default).
    /// - Throws: ``ConfigurationError`` naming the first unusable value.
    public static func load(
        overrides: [String: String] = [:], environment: [String: String] = ProcessInfo.processInfo.environment
    ) throws(ConfigurationError) -> ServerConfiguration {
        try ServerConfiguration(reader: reader(overrides: overrides, environment: environment))
    }

    /// The reader behind ``load(overrides:environment:)``: an in-memory provider for the flags
    /// in front of the environment.
    public static func reader(overrides: [String: String], environment: [String: String]) -> ConfigReader {
        let secretNames = Set(keys.filter(\.isSecret).map(\.name))
        var values: [AbsoluteConfigKey: ConfigValue] = [:]
        for (name, value) in overrides {
            let key = AbsoluteConfigKey(name.split(separator: ".").map(String.init))
            values[key] = ConfigValue(.string(value), isSecret: secretNames.contains(name))
        }
        let secretVariables = Set(keys.filter(\.isSecret).map(\.environmentName))
        return ConfigReader(providers: [
            InMemoryProvider(name: "command line", values: values),
            EnvironmentVariablesProvider(environmentVariables: environment, secretsSpecifier: .specific(secretVariables)),
        ])
    }
}
