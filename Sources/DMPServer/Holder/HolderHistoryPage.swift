import DMPDomain
import DMPServices
import Foundation

/// One page of history as the holder API sends it: only what a holder should see of each
/// event (no hash chain, no internal target identifiers).
struct HolderHistoryPage: Encodable, Sendable {
    /// One event.
    struct Event: Encodable, Sendable {
        /// When it happened.
        let time: Date
        /// `HEALTHCARE_PROFESSIONAL`, `PATIENT`, `LEGAL_REPRESENTATIVE` or `SYSTEM`.
        let actorType: String
        /// The actor's display name.
        let actorName: String
        /// The professional's IDNPS (professionals only, so the holder can block them).
        let actorId: String?
        /// The professional's structure, when known.
        let structure: String?
        /// `normal`, `bris_de_glace` or `centre_15`.
        let accessMode: String
        /// The written reason of an emergency access.
        let accessReason: String?
        /// The action code (`document.search`, `settings.change`…).
        let action: String
        /// `GENERAL`, `MEDICAL_DOCUMENT` or `SERVICE_TIERS`.
        let group: String
        /// The outcome code.
        let outcome: String
    }

    /// Events matching the filters in all.
    let total: Int
    /// This page, newest first.
    let events: [Event]

    /// The holder's view of `page`.
    init(_ page: AuditHistoryPage) {
        total = page.total
        events = page.events.map { event in
            let actor = event.actor
            return Event(
                time: event.time, actorType: actor.kind.rawValue, actorName: actor.displayName,
                actorId: actor.kind == .professional ? actor.id : nil, structure: actor.structureName,
                accessMode: actor.accessMode.code, accessReason: actor.accessReason, action: event.action.rawValue,
                group: event.action.group, outcome: event.outcome.rawValue)
        }
    }
}
