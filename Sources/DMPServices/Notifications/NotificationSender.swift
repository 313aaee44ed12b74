import DMPStorage
import Foundation
import Logging
import ServiceLifecycle

/// Drains the notification outbox: every `interval` it claims the due notifications, sends
/// each through the transport and marks it sent, or failed with a back-off, or abandoned.
///
/// It runs as a `Service` in the server's `ServiceGroup`. On graceful shutdown it finishes
/// the message in hand (each is bounded by the transport's timeout) and stops. Logs carry
/// notification ids, kinds and attempt numbers, never a text or an address.
public struct NotificationSender: Service {
    /// Timing and volume.
    public struct Settings: Sendable, Hashable {
        /// Pause between two scans once the outbox is drained.
        public var interval: Duration
        /// Notifications claimed per scan.
        public var batchSize: Int
        /// How long claimed notifications stay hidden from other senders; longer than a
        /// batch can take (`batchSize` × the transport's timeout), or two senders could
        /// deliver the same message.
        public var lease: Duration
        /// Back-off after failures.
        public var retry: NotificationRetryPolicy

        /// Creates settings; the defaults suit a production relay.
        public init(
            interval: Duration = .seconds(30), batchSize: Int = 20, lease: Duration = .seconds(1800),
            retry: NotificationRetryPolicy = NotificationRetryPolicy()
        ) {
            self.interval = interval
            self.batchSize = batchSize
            self.lease = lease
            self.retry = retry
        }
    }

    /// The outbox's store.
    public let store: SQLRecordStore
    /// How messages leave.
    public let transport: any NotificationTransport
    /// How recipients become addresses.
    public let addressing: RecipientAddressing
    /// Timing and volume.
    public let settings: Settings
    /// Where ids, kinds and attempt numbers are logged.
    let logger: Logger
    /// The current instant (injectable for tests).
    let clock: @Sendable () -> Date

    /// Creates a sender. `clock` is injectable so that tests can move time through back-offs.
    public init(
        store: SQLRecordStore, transport: any NotificationTransport, addressing: RecipientAddressing,
        settings: Settings = Settings(), logger: Logger = Logger(label: "dmp.notifications"),
        clock: @escaping @Sendable () -> Date = { Date() }
    ) {
        self.store = store
        self.transport = transport
        self.addressing = addressing
        self.settings = settings
        self.logger = logger
        self.clock = clock
    }

    /// Drains, waits `interval`, and again, until graceful shutdown or cancellation.
    public func run() async throws {
        while !Task.isCancelled && !Task.isShuttingDownGracefully {
            var batch = await drainOnce()
            // A full batch suggests more are due: keep going before pausing.
            while batch.sent + batch.failed >= max(settings.batchSize, 1) && !Task.isCancelled && !Task.isShuttingDownGracefully {
                batch = await drainOnce()
            }
            do {
                try await cancelWhenGracefulShutdown { try await Task.sleep(for: settings.interval) }
            } catch {
                return  // shutdown or cancellation ended the pause: stop.
            }
        }
    }

    /// Claims one batch of due notifications and tries each once. Returns how many were sent
    /// and how many failed (retried later or abandoned).
    @discardableResult
    public func drainOnce() async -> (sent: Int, failed: Int) {
        let now = clock()
        let claimed: [OutboxNotification]
        do {
            claimed = try await store.transaction { [settings] tx in
                try await tx.claimDueNotifications(
                    at: now, limit: settings.batchSize,
                    leaseEnd: now.addingTimeInterval(NotificationRetryPolicy.seconds(settings.lease)))
            }
        } catch {
            logger.error("notification outbox scan failed", metadata: ["error": "\(type(of: error))"])
            return (0, 0)
        }
        var sent = 0, failed = 0
        for notification in claimed {
            if await deliver(notification) { sent += 1 } else { failed += 1 }
        }
        return (sent, failed)
    }
}
