import DMPDomain
import DMPStorage

extension DMPServices {
    /// Queues what a successful consultation calls for, in its transaction (call it before
    /// the consultation's own audit row): every emergency access is notified to the holder
    /// and the médecin traitant (CSP R1111-48); a professional's first access to the holder,
    /// if the holder wants it.
    func notifyConsultation(_ tx: RecordTransaction, _ key: PatientKey, actor: Actor, settings: RecordSettings) async throws {
        guard actor.kind == .professional else { return }
        let trigger: NotificationTrigger
        if actor.accessMode.isEmergency {
            trigger = .emergencyAccess(actor)
        } else if try await tx.hasConsulted(key, professional: actor.id) {
            return
        } else {
            trigger = .firstAccess(actor)
        }
        try await enqueueNotifications(
            tx, patient: key, for: trigger, holderAddress: settings.holderEmail,
            attendingPhysician: settings.attendingPhysician, preferences: settings.notifications)
    }

    /// Queues the holder's "new document" notification of a publication by a professional.
    func notifyPublication(_ tx: RecordTransaction, _ key: PatientKey, actor: Actor, count: Int) async throws {
        guard actor.kind == .professional, count > 0 else { return }
        let settings = try await tx.recordSettings(key)
        try await enqueueNotifications(
            tx, patient: key, for: .newDocument(actor, count: count), holderAddress: settings.holderEmail,
            attendingPhysician: settings.attendingPhysician, preferences: settings.notifications)
    }
}
