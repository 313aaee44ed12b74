import DMPDomain

/// What a verified token authenticates: a professional (with the token facts) or the
/// holder of a record.
enum VerifiedToken: Sendable {
    /// A professional token (`actor_type` absent or `professional`).
    case professional(AuthenticatedProfessional)
    /// A holder token (`actor_type` `patient`): the holder acting on their own record.
    case holder(Actor)
}
