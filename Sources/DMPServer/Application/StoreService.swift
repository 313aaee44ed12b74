import DMPStorage
import ServiceLifecycle

/// Keeps the registry store open for the application's lifetime and closes its connections
/// once the server has stopped: as a member of the app's `ServiceGroup` it is shut down
/// after the HTTP server (services stop in reverse order), so no request still in flight
/// loses its database.
struct StoreService: Service {
    /// The store to close.
    let store: SQLRecordStore

    /// Waits for the application to stop, then closes the store.
    func run() async throws {
        // Cancellation ends the wait as well as a graceful shutdown; either way, close.
        try? await gracefulShutdown()
        await store.shutdown()
    }
}
