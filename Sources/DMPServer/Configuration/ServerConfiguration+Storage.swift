import DMPDomain
import DMPServices
import DMPStorage
import Foundation

extension ServerConfiguration {
    /// The business settings of the use cases.
    public func serviceConfiguration() -> ServiceConfiguration {
        ServiceConfiguration(
            autoCreateRecords: autoCreateRecords,
            retention: RetentionPeriod(years: retentionYears),
            insPolicy: INSValidationPolicy(acceptInvalidKeyForTestAuthority: acceptInvalidTestKeys),
            maximumDocumentSize: maximumDocumentBytes)
    }

    /// The data folder as a file URL (relative paths are taken from the working directory).
    public var dataDirectoryURL: URL {
        URL(fileURLWithPath: dataDirectory, isDirectory: true).standardizedFileURL
    }

    /// Where the document files are: `<data dir>/blobs`, whatever the database.
    public var blobDirectoryURL: URL {
        dataDirectoryURL.appendingPathComponent("blobs", isDirectory: true)
    }

    /// The database: the URL when set, else `<data dir>/dmp.sqlite`.
    public func databaseLocation() throws -> DatabaseLocation {
        if let databaseURL { return try DatabaseLocation(url: databaseURL) }
        return .sqlite(path: dataDirectoryURL.appendingPathComponent("dmp.sqlite").path)
    }
}

extension ServerConfiguration {
    /// The access policy: the shipped habilitation matrix or the configured file, and the
    /// configured age of majority.
    public func accessPolicy() throws -> AccessPolicy {
        guard let file = habilitationMatrixFile else { return AccessPolicy(matrix: .bundled, majorityAge: majorityAge) }
        do {
            return AccessPolicy(matrix: try HabilitationMatrix(contentsOf: URL(fileURLWithPath: file)), majorityAge: majorityAge)
        } catch {
            throw ConfigurationError(key: Key.habilitationMatrixFile, reason: error.description)
        }
    }
}
