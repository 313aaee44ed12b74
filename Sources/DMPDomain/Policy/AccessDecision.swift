/// The policy's answer: allowed or not, why, and for a consultation what stays hidden.
public struct AccessDecision: Hashable, Sendable, CustomStringConvertible {
    /// The rule that decided; ``isAllowed`` follows from its code.
    public let reason: AccessReason
    /// For a consultation of the record: what the actor may not see, to put in the
    /// `DocumentQuery` so that the store filters in SQL. Hides everything when denied and
    /// for actions that show no document.
    public let visibility: VisibilityRestriction

    /// Creates a decision.
    public init(reason: AccessReason, visibility: VisibilityRestriction) {
        self.reason = reason
        self.visibility = visibility
    }

    /// An allowing decision.
    static func allow(_ code: AccessReason.Code, _ message: String, visibility: VisibilityRestriction = .nothing) -> AccessDecision {
        AccessDecision(reason: AccessReason(code, message), visibility: visibility)
    }

    /// A refusing decision, which hides everything.
    static func deny(_ code: AccessReason.Code, _ message: String) -> AccessDecision {
        AccessDecision(reason: AccessReason(code, message), visibility: .nothing)
    }

    /// Whether the action may go on.
    public var isAllowed: Bool { reason.code.allows }

    /// The error to throw for a refusal, nil when allowed. Document-level refusals become
    /// `documentNotFound` with a neutral sentence, as for a missing document, so that a
    /// hidden document cannot be told from one that does not exist.
    public var error: DMPError? {
        guard let category = reason.code.refusal else { return nil }
        switch category {
        case .notFound: return DMPError(.documentNotFound, "No such document in this DMP.")
        case .forbidden where reason.code == .notAuthor: return DMPError(.notAuthor, reason.message)
        case .forbidden: return DMPError(DMPError.Code(reason.code.rawValue, .forbidden), reason.message)
        default: return DMPError(DMPError.Code(reason.code.rawValue, category), reason.message)
        }
    }

    /// Throws ``error`` when refused.
    public func enforce() throws(DMPError) {
        if let error { throw error }
    }

    /// `allow` or `deny`, then the reason, for logs and test failures.

    public var description: String { (isAllowed ? "allow " : "deny ") + reason.description }
}

extension VisibilityRestriction {
    /// Nothing visible.
    static let nothing = VisibilityRestriction(hidesEverything: true)
}
