import DMPDomain
import DMPStorage
import Foundation

extension DMPServices {
    /// Queues the notifications `trigger` calls for, in `tx`: they commit with the event or
    /// not at all, and the sender service delivers them afterwards.
    ///
    /// - The holder is notified at `holderAddress` when the matching preference is on. An
    ///   emergency access always notifies: the holder and the médecin traitant must be
    ///   informed of each one (CSP R1111-48), so `preferences` cannot switch it off.
    /// - The médecin traitant (`attendingPhysician`) is notified of emergency accesses only,
    ///   unless they made the access themselves.
    /// - Nobody is told of their own action: a document the holder (or their representative)
    ///   added notifies no one.
    /// - Without a holder address the holder gets no message; the access stays in the history
    ///   the holder consults (the audit trail), which is the record of it either way.
    public func enqueueNotifications(
        _ tx: RecordTransaction, patient key: PatientKey, for trigger: NotificationTrigger, holderAddress: String?,
        attendingPhysician: IDNPS?, preferences: NotificationPreferences
    ) async throws {
        let now = clock()
        let composer = NotificationComposer()
        let actor = trigger.actor
        let selfAction = actor.kind == .patient || actor.kind == .legalRepresentative
        let isEmergency = trigger.kind == .emergencyAccess
        if let holderAddress, !holderAddress.isEmpty, !selfAction, isEmergency || preferences.isEnabled(trigger.preference) {
            let text = composer.holderNotification(trigger, at: now)
            try await tx.enqueueNotification(OutboxNotification(
                patientKey: key, createdAt: now, kind: trigger.kind, recipient: .holder(address: holderAddress),
                subject: text.subject, text: text.text))
        }
        if isEmergency, let attendingPhysician, attendingPhysician.value != actor.id {
            let patient = try await patientLabel(tx, key)
            let text = composer.attendingPhysicianNotification(emergencyAccessBy: actor, patient: patient, at: now)
            try await tx.enqueueNotification(OutboxNotification(
                patientKey: key, createdAt: now, kind: trigger.kind, recipient: .professional(attendingPhysician),
                subject: text.subject, text: text.text))
        }
    }

    /// "Given BIRTHNAME (INS matricule)": how the médecin traitant recognises the patient.
    private func patientLabel(_ tx: RecordTransaction, _ key: PatientKey) async throws -> String {
        let ins = "INS \(key.ins.matricule)"
        guard let traits = try await tx.record(key)?.traits else { return "la personne identifiée par l'\(ins)" }
        let name = [traits.firstGivenName, traits.birthName].compactMap { $0 }.joined(separator: " ")
        return "\(name) (\(ins))"
    }
}
