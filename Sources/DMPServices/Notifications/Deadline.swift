/// Runs an operation against a deadline.
enum Deadline {
    /// The result of `operation`, or a retryable `NotificationDeliveryError(summary)` once
    /// `timeout` has passed; the operation is then cancelled (which closes its connection).
    static func run<T: Sendable>(
        _ timeout: Duration, _ summary: String, _ operation: @escaping @Sendable () async throws -> T
    ) async throws -> T {
        try await withThrowingTaskGroup(of: T?.self) { group in
            group.addTask { try await operation() }
            group.addTask {
                try await Task.sleep(for: timeout)
                return nil
            }
            defer { group.cancelAll() }
            guard let first = try await group.next(), let value = first else {
                throw NotificationDeliveryError(permanent: false, summary)
            }
            return value
        }
    }
}
