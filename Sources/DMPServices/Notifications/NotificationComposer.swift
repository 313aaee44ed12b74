import DMPDomain
import Foundation

/// The subject and text of one notification.
public struct ComposedNotification: Sendable, Hashable {
    /// Subject line.
    public let subject: String
    /// Plain-text body, lines separated by `\n`.
    public let text: String
}

/// Builds the French texts of notifications.
///
/// A text says who acted (name, profession, structure), when (Paris time: the holder reads
/// French civil time, whatever the server's zone), what kind of access or event, and for an
/// emergency the access mode and the reason the professional wrote, which the holder is
/// entitled to see. It never names a document or anything clinical: a trigger carries none.
public struct NotificationComposer: Sendable {
    /// The zone dates are written in.
    public let timeZone: TimeZone

    /// Creates a composer writing dates in `timeZone` (Paris by default).
    public init(timeZone: TimeZone = NotificationComposer.paris) {
        self.timeZone = timeZone
    }

    /// French civil time; UTC only if the system lacks the zone database.
    public static let paris = TimeZone(identifier: "Europe/Paris") ?? TimeZone(secondsFromGMT: 0)!

    /// The notification to the holder of the record about `trigger`, which happened at `time`.
    public func holderNotification(_ trigger: NotificationTrigger, at time: Date) -> ComposedNotification {
        let who = Self.who(trigger.actor)
        let when = self.when(time)
        switch trigger {
        case .firstAccess:
            return ComposedNotification(
                subject: "Nouvel accès à votre dossier médical partagé",
                text: Self.letter([
                    "\(who) a consulté votre dossier médical partagé pour la première fois, \(when).",
                    "Vous pouvez consulter à tout moment l'historique des accès à votre dossier, et gérer les "
                        + "professionnels autorisés ou bloqués, depuis Mon espace santé. Si vous ne reconnaissez pas "
                        + "cet accès, vous pouvez bloquer ce professionnel et contacter l'assistance.",
                ]))
        case .emergencyAccess(let actor):
            return ComposedNotification(
                subject: "Accès en urgence à votre dossier médical partagé",
                text: Self.letter([
                    "\(Self.emergencyAccessLabel(actor)) à votre dossier médical partagé par \(who), \(when).\n"
                        + "Motif : \(Self.reason(actor))",
                    "La loi prévoit que vous soyez informé(e) de chaque accès en urgence à votre dossier (article "
                        + "R1111-48 du code de la santé publique). Vous pouvez consulter l'historique des accès et "
                        + "gérer votre consentement aux accès en urgence depuis Mon espace santé.",
                ]))
        case .newDocument(_, let count):
            let documents = count > 1 ? "\(count) nouveaux documents" : "un nouveau document"
            return ComposedNotification(
                subject: count > 1
                    ? "Nouveaux documents dans votre dossier médical partagé"
                    : "Nouveau document dans votre dossier médical partagé",
                text: Self.letter([
                    "\(who) a ajouté \(documents) à votre dossier médical partagé, \(when).",
                    "Vous pouvez \(count > 1 ? "les" : "le") consulter, et choisir qui peut \(count > 1 ? "les" : "le") "
                        + "voir, depuis Mon espace santé.",
                ]))
        }
    }

    /// The notification to the holder's médecin traitant about an emergency access by
    /// `actor` at `time`. `patient` names the holder (name and INS), since the physician must
    /// know whose record it was; it goes through secure health messaging only.
    public func attendingPhysicianNotification(emergencyAccessBy actor: Actor, patient: String, at time: Date) -> ComposedNotification {
        ComposedNotification(
            subject: "Accès en urgence au dossier médical partagé d'un de vos patients",
            text: Self.letter([
                "En tant que médecin traitant de \(Self.clean(patient)), vous êtes informé(e) de l'accès suivant.",
                "\(Self.emergencyAccessLabel(actor)) au dossier médical partagé de votre patient(e) par "
                    + "\(Self.who(actor)), \(when(time)).\nMotif : \(Self.reason(actor))",
                "Cette information vous est adressée en application de l'article R1111-48 du code de la santé publique.",
            ]))
    }
}
