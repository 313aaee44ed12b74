import Foundation

/// When to try a failed delivery again: exponential back-off, capped, then give up.
public struct NotificationRetryPolicy: Sendable, Hashable {
    /// Delay after the first failure.
    public var baseDelay: Duration
    /// Longest delay between two attempts.
    public var maximumDelay: Duration
    /// Attempts after which the sender gives up.
    public var maximumAttempts: Int

    /// Creates a policy. The defaults (1 min, doubling to at most 6 h, 12 attempts) keep
    /// trying for about two days, long enough to ride out a relay outage over a weekend
    /// night, short enough that a notice is not delivered weeks after the event.
    public init(baseDelay: Duration = .seconds(60), maximumDelay: Duration = .seconds(6 * 3600), maximumAttempts: Int = 12) {
        self.baseDelay = baseDelay
        self.maximumDelay = maximumDelay
        self.maximumAttempts = maximumAttempts
    }

    /// The delay after a failed attempt when `attempts` attempts have now been made:
    /// `baseDelay × 2^(attempts − 1)`, at most `maximumDelay`.
    public func delay(afterAttempts attempts: Int) -> Duration {
        // Past 2^30 the cap has long been reached; stopping there avoids overflow.
        let factor = 1 << min(max(attempts - 1, 0), 30)
        let delay = baseDelay * factor
        return delay < maximumDelay ? delay : maximumDelay
    }

    /// When to try again after a failure at `now` that brought the count to `attempts`, or
    /// nil to give up.
    public func nextAttempt(afterAttempts attempts: Int, failedAt now: Date) -> Date? {
        guard attempts < maximumAttempts else { return nil }
        return now.addingTimeInterval(Self.seconds(delay(afterAttempts: attempts)))
    }

    /// `duration` in seconds.
    static func seconds(_ duration: Duration) -> TimeInterval {
        let (seconds, attoseconds) = duration.components
        return TimeInterval(seconds) + TimeInterval(attoseconds) / 1e18
    }
}
