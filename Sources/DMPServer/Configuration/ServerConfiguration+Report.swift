import Foundation

extension ServerConfiguration {
    /// The current value of `key` as text, with any database password masked; nil when an
    /// optional setting is unset.
    public func displayValue(of key: ConfigurationKey) -> String? {
        switch key.name {
        case Key.httpHost.name: host
        case Key.httpPort.name: String(port)
        case Key.dataDirectory.name: dataDirectory
        case Key.databaseURL.name: databaseURL.map(Self.maskingPassword)
        case Key.autoCreateRecords.name: String(autoCreateRecords)
        case Key.retentionYears.name: String(retentionYears)
        case Key.acceptInvalidTestKeys.name: String(acceptInvalidTestKeys)
        case Key.maximumDocumentBytes.name: String(maximumDocumentBytes)
        case Key.logLevel.name: logLevel.rawValue
        case Key.publicURL.name: publicURL
        case Key.fhirBasePath.name: fhirBasePath
        case Key.maximumRequestBytes.name: String(maximumRequestBytes)
        case Key.sourceOID.name: sourceOID
        case Key.authAudience.name: authAudience
        case Key.authIssuersFile.name: authIssuersFile
        case Key.authDevelopment.name: String(authDevelopment)
        case Key.notifyTransport.name: notifyTransport
        case Key.notifyFolder.name: notifyFolder
        case Key.notifyFrom.name: notifyFrom
        case Key.notifySMTPHost.name: notifySMTPHost
        case Key.notifySMTPPort.name: String(notifySMTPPort)
        case Key.notifyProfessionalPattern.name: notifyProfessionalPattern
        case Key.notifyIntervalSeconds.name: String(notifyIntervalSeconds)
        case Key.majorityAge.name: String(majorityAge)
        case Key.habilitationMatrixFile.name: habilitationMatrixFile
        default: nil
        }
    }

    /// What `dmp config` prints: for every key its value, default, variable and meaning.
    public func report() -> String {
        Self.keys.map { key in
            let value = displayValue(of: key) ?? "(unset)"
            let defaultValue = key.defaultValue ?? "unset"
            return "\(key.name) = \(value)\n    default: \(defaultValue); environment: \(key.environmentName)\n    \(key.meaning)"
        }.joined(separator: "\n")
    }

    /// `url` with its password replaced by `****`, so that configuration can be shown or
    /// logged; a URL that cannot be parsed is hidden entirely rather than risk showing it.
    public static func maskingPassword(_ url: String) -> String {
        guard var components = URLComponents(string: url) else { return "(hidden)" }
        guard components.password != nil else { return url }
        components.password = "****"
        return components.string ?? "(hidden)"
    }
}
