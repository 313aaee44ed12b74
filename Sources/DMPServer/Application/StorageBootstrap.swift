import DMPServices
import DMPStorage
import Foundation
import Logging

/// Opens what a configuration names — the SQL store, the document folder, the use cases —
/// the same way for the server and for every command of the `dmp` tool.
public enum StorageBootstrap {
    /// Connects to the configured database (creating the data folder for SQLite). Nothing
    /// is migrated: call `migrate()` on the result.
    public static func openStore(_ configuration: ServerConfiguration, logger: Logger) async throws -> SQLRecordStore {
        let location = try configuration.databaseLocation()
        if case .sqlite(let path) = location {
            let folder = URL(fileURLWithPath: path).deletingLastPathComponent()
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        }
        return try await SQLRecordStore.open(location, logger: logger)
    }

    /// Applies pending migrations and returns their names (empty when up to date).
    public static func migrate(_ configuration: ServerConfiguration, logger: Logger) async throws -> [String] {
        let store = try await openStore(configuration, logger: logger)
        do {
            let applied = try await store.migrate()
            await store.shutdown()
            return applied
        } catch {
            await store.shutdown()
            throw error
        }
    }

    /// Opens the store, applies pending migrations and builds the use cases over it. The
    /// caller owns the store and must shut it down (`services.store.shutdown()`).
    public static func openServices(_ configuration: ServerConfiguration, logger: Logger) async throws -> DMPServices {
        let store = try await openStore(configuration, logger: logger)
        do {
            let applied = try await store.migrate()
            if !applied.isEmpty {
                logger.notice("database migrated", metadata: ["migrations": "\(applied.joined(separator: ", "))"])
            }
            let blobs = try FileBlobStore(root: configuration.blobDirectoryURL)
            return DMPServices(
                store: store, blobs: blobs, configuration: configuration.serviceConfiguration(),
                policy: try configuration.accessPolicy(), logger: logger)
        } catch {
            await store.shutdown()
            throw error
        }
    }

    /// Runs `body` with freshly opened services and closes the store afterwards, whether
    /// `body` succeeds or throws: what a one-shot command needs.
    public static func withServices<T>(
        _ configuration: ServerConfiguration, logger: Logger, _ body: (DMPServices) async throws -> T
    ) async throws -> T {
        let services = try await openServices(configuration, logger: logger)
        do {
            let result = try await body(services)
            await services.store.shutdown()
            return result
        } catch {
            await services.store.shutdown()
            throw error
        }
    }
}
