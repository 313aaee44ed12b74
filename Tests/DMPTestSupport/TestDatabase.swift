import DMPStorage
import Foundation
import Logging
import Testing

/// The engines every storage-touching test runs on. PostgreSQL joins when
/// `DMP_TEST_POSTGRES_URL` names a server (scripts/test starts one and sets it); with
/// `DMP_REQUIRE_POSTGRES=1` and no URL the PostgreSQL cases fail instead of being left out.
public enum TestDatabase: String, CaseIterable, Sendable, CustomTestStringConvertible {
    case sqlite
    case postgres

    public static var all: [TestDatabase] {
        let environment = ProcessInfo.processInfo.environment
        let hasServer = environment["DMP_TEST_POSTGRES_URL"] != nil || environment["DMP_REQUIRE_POSTGRES"] == "1"
        return hasServer ? [.sqlite, .postgres] : [.sqlite]
    }

    public var testDescription: String { rawValue }

    /// A fresh, empty database of this engine and a function that removes it.
    public func makeLocation(in directory: URL) async throws -> (DatabaseLocation, @Sendable () async -> Void) {
        switch self {
        case .sqlite:
            return (.sqlite(path: directory.appendingPathComponent("dmp.sqlite").path), {})
        case .postgres:
            guard let url = ProcessInfo.processInfo.environment["DMP_TEST_POSTGRES_URL"] else {
                Issue.record("DMP_TEST_POSTGRES_URL is not set: run the suite with scripts/test, which starts PostgreSQL.")
                throw CancellationError()
            }
            guard case .postgres(let server) = try DatabaseLocation(url: url) else {
                throw StorageError.configuration("DMP_TEST_POSTGRES_URL is not a postgres:// URL")
            }
            let name = "dmp_test_" + UUID().uuidString.replacingOccurrences(of: "-", with: "").lowercased()
            let logger = Logger(label: "dmp.tests")
            try await PostgresAdministration.createDatabase(name, server: server, logger: logger)
            var location = server
            location.database = name
            return (.postgres(location), {
                try? await PostgresAdministration.dropDatabase(name, server: server, logger: logger)
            })
        }
    }
}
