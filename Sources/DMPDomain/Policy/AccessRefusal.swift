/// A refusal as an `Error`, so that it can travel in a `Result`.
struct AccessRefusal: Error, Sendable {
    /// Why the action is refused.
    let reason: AccessReason

    /// A refusal with this code and sentence.
    init(_ code: AccessReason.Code, _ message: String) {
        reason = AccessReason(code, message)
    }

    /// The refusing decision.
    var decision: AccessDecision { AccessDecision(reason: reason, visibility: .nothing) }
}
