import DMPDomain
import DMPStorage

extension DMPServices {
    /// "Je masque tous mes documents": masks every current document from professionals now,
    /// and future ones as they arrive (publication adds `MASQUE_PS` while the setting is on).
    /// Turning it off unmasks nothing: each document's mask is then the holder's choice.
    @discardableResult
    public func setMaskAllDocuments(_ key: PatientKey, _ on: Bool, actor: Actor) async throws -> RecordSettings {
        try await audited(key, actor: actor, action: .settingsChange, target: "mask all \(on)") { tx in
            try await tx.lockPatient(key)
            let record = try await self.activeRecord(tx, key)
            var settings = try await tx.recordSettings(key)
            try self.decide(.manageSettings, actor: actor, record: record, settings: settings).enforce()
            let now = self.clock()
            settings.setMasksAllDocuments(on)
            try await tx.saveRecordSettings(key, settings, at: now)
            if on {
                let current = try await tx.searchDocumentEntries(DocumentQuery(patientKey: key, statuses: [.approved, .archived]))
                for entry in current where !entry.metadata.hasConfidentiality(ConfidentialityCode.maskedToProfessionals) {
                    guard entry.metadata.confidentialityCodes.count < 4 else { continue }
                    let next = entry.nextVersion(
                        confidentialityCodes: entry.metadata.confidentialityCodes + [ConfidentialityCode.maskedToProfessionals], at: now)
                    try await tx.markSuperseded(key, entryUUID: entry.entryUUID)
                    try await tx.insertDocumentEntry(next)
                }
            }
            try await self.auditSuccess(tx, key, actor: actor, action: .settingsChange, target: "mask all \(on)")
            return settings
        }
    }
}
