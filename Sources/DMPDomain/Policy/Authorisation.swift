import Foundation

/// A professional's authorisation to consult the record (spec §3.2). Authorisations are
/// used for consultation only; feeding never needs one.
public struct Authorisation: Hashable, Sendable, Codable {
    /// The professional authorised.
    public let professional: IDNPS
    /// How it came about.
    public let origin: Origin
    /// When it starts.
    public let grantedAt: Date
    /// When it ends by itself; nil for no end. The 2010 rule of one year is superseded
    /// (spec §3.2), but an expiry is kept for the professionals' software that sets one.
    public let expiresAt: Date?
    /// When it was withdrawn, if it was.
    public internal(set) var revokedAt: Date?

    /// Creates an authorisation; use the `RecordSettings` methods, which check the rules.
    public init(
        professional: IDNPS, origin: Origin, grantedAt: Date, expiresAt: Date? = nil, revokedAt: Date? = nil
    ) {
        self.professional = professional
        self.origin = origin
        self.grantedAt = grantedAt
        self.expiresAt = expiresAt
        self.revokedAt = revokedAt
    }

    /// How an authorisation came about.
    public enum Origin: Hashable, Sendable, Codable {
        /// The holder (or a minor's legal representative) granted it from the portal.
        case grantedByHolder
        /// A professional declared it, with the patient's consent recorded.
        case declaredByProfessional(consent: PatientConsent)
    }

    /// Whether it allows consultation at `now`: started, not expired, not revoked.
    public func isActive(at now: Date) -> Bool {
        guard grantedAt <= now else { return false }
        if let expiresAt, expiresAt <= now { return false }
        if let revokedAt, revokedAt <= now { return false }
        return true
    }
}
