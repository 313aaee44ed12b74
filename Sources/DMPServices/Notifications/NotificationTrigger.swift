import DMPDomain
import DMPStorage

/// An event that may notify someone, as the use case that saw it reports it.
///
/// It carries only who acted and how (their `Actor`, with the access mode and reason) and,
/// for documents, how many: never a title or any clinical content, so no text built from it
/// can leak one.
public enum NotificationTrigger: Sendable, Hashable {
    /// A professional consulted the record for the first time (the caller decides "first").
    case firstAccess(Actor)
    /// A professional consulted the record in an emergency mode (break-the-glass, Centre 15).
    case emergencyAccess(Actor)
    /// Someone added `count` documents to the record.
    case newDocument(Actor, count: Int)

    /// Who acted.
    public var actor: Actor {
        switch self {
        case .firstAccess(let actor), .emergencyAccess(let actor), .newDocument(let actor, _): actor
        }
    }

    /// The outbox kind of the notifications it produces.
    public var kind: OutboxNotification.Kind {
        switch self {
        case .firstAccess: .firstProfessionalAccess
        case .emergencyAccess: .emergencyAccess
        case .newDocument: .newDocument
        }
    }

    /// The holder's preference that governs it.
    public var preference: NotificationEvent {
        switch self {
        case .firstAccess: .firstAccessByProfessional
        case .emergencyAccess: .emergencyAccess
        case .newDocument: .newDocument
        }
    }
}
