/// The holder's answer to one emergency consent (MES `type` = `permit` | `deny`, spec §3.4).
///
/// A closed pair, unlike the open code sets of the domain: a consent is either given or
/// refused, and a third value would have no meaning for the policy.
public enum ConsentDecision: String, Hashable, Sendable, Codable, CaseIterable {
    /// The access is allowed.
    case permit
    /// The access is refused.
    case deny
}
