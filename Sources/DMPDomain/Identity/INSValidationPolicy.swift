import Foundation

/// How strict INS validation is.
///
/// Official ANS test material carries fictitious patients whose keys are wrong (TRAPS.md
/// item 1). A test platform may need to load them; production must not, so the only
/// relaxation available is scoped to the test authority.
public struct INSValidationPolicy: Sendable, Hashable, Codable {
    /// When true, a wrong key is tolerated for authority `1.2.250.1.213.1.4.10` (test
    /// patients) only; NIR, NIA and demo matricules are always checked. Default false.
    public var acceptInvalidKeyForTestAuthority: Bool

    /// Creates a policy; the default is strict.
    public init(acceptInvalidKeyForTestAuthority: Bool = false) {
        self.acceptInvalidKeyForTestAuthority = acceptInvalidKeyForTestAuthority
    }

    /// Every rule enforced: the default everywhere.
    public static let strict = INSValidationPolicy()

    /// Whether a key mismatch is tolerated for `authority` under this policy.
    func toleratesInvalidKey(for authority: INSAuthority) -> Bool {
        acceptInvalidKeyForTestAuthority && authority == .test
    }
}
