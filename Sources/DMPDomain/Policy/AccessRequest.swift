import Foundation

/// Everything ``AccessPolicy/decide(_:)`` needs, gathered by the services: the decision is
/// a pure function of this value.
public struct AccessRequest: Hashable, Sendable {
    /// Who acts, in which role and access mode.
    public var actor: Actor
    /// The record acted on.
    public var record: Record
    /// The record's settings.
    public var settings: RecordSettings
    /// What the actor asks to do.
    public var action: AccessAction
    /// The document acted on, for document actions (current metadata version).
    public var document: DocumentMetadata?
    /// The confidentiality codes asked for, for ``AccessAction/changeConfidentiality``.
    public var newConfidentialityCodes: [Coding]?
    /// Whether the professional is the regulating physician of a SAMU-Centre 15, as the
    /// adapters read it from the token (a claim the trusted issuer sets). `Actor` has no
    /// such field yet. `centre_15` access also requires the profession to be physician.
    public var isSAMURegulator: Bool
    /// The instant of the decision (authorisation expiry, care periods, majority).
    public var now: Date

    /// Creates a request.
    public init(
        actor: Actor, record: Record, settings: RecordSettings, action: AccessAction,
        document: DocumentMetadata? = nil, newConfidentialityCodes: [Coding]? = nil,
        isSAMURegulator: Bool = false, now: Date
    ) {
        self.actor = actor
        self.record = record
        self.settings = settings
        self.action = action
        self.document = document
        self.newConfidentialityCodes = newConfidentialityCodes
        self.isSAMURegulator = isSAMURegulator
        self.now = now
    }
}
