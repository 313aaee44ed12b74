import DMPDomain
import DMPStorage
import Foundation

extension AuditAction {
    /// A change of the record's access settings (authorisations, blocks, consents…).
    public static let settingsChange = AuditAction("settings.change", group: "GENERAL")
    /// A reading of the record's access settings.
    public static let settingsRead = AuditAction("settings.read", group: "GENERAL")
}

/// Patient controls and authorisations (spec §3.2, §3.4, §3.6): each a use case that the
/// policy admits or refuses, one transaction, one audit row naming what changed.
extension DMPServices {
    /// The record's settings, for those who manage them (holder, legal representative of a
    /// minor, operator).
    public func recordSettings(_ key: PatientKey, actor: Actor) async throws -> RecordSettings {
        try await audited(key, actor: actor, action: .settingsRead, target: nil) { tx in
            let record = try await self.activeRecord(tx, key)
            let settings = try await tx.recordSettings(key)
            try self.decide(.manageSettings, actor: actor, record: record, settings: settings).enforce()
            try await self.auditSuccess(tx, key, actor: actor, action: .settingsRead, target: nil)
            return settings
        }
    }

    /// Applies `change` to the settings if the policy admits `action` by `actor`.
    @discardableResult
    public func updateSettings(
        _ key: PatientKey, actor: Actor, action: AccessAction, description: String,
        _ change: @escaping @Sendable (inout RecordSettings, Date) throws -> Void
    ) async throws -> RecordSettings {
        try await audited(key, actor: actor, action: .settingsChange, target: description) { tx in
            try await tx.lockPatient(key)
            let record = try await self.activeRecord(tx, key)
            var settings = try await tx.recordSettings(key)
            try self.decide(action, actor: actor, record: record, settings: settings).enforce()
            let now = self.clock()
            try change(&settings, now)
            try await tx.saveRecordSettings(key, settings, at: now)
            try await self.auditSuccess(tx, key, actor: actor, action: .settingsChange, target: description)
            return settings
        }
    }

    /// The holder authorises a professional to consult (optionally until `expiresAt`).
    @discardableResult
    public func grantAuthorisation(_ key: PatientKey, to professional: IDNPS, expiresAt: Date? = nil, actor: Actor) async throws -> RecordSettings {
        try await updateSettings(key, actor: actor, action: .manageSettings, description: "authorise \(professional.value)") { settings, now in
            try settings.grantAuthorisation(to: professional, at: now, expiresAt: expiresAt)
        }
    }

    /// A professional declares the authorisation the patient gave him (consent collected now).
    @discardableResult
    public func declareAuthorisation(_ key: PatientKey, expiresAt: Date? = nil, actor: Actor) async throws -> RecordSettings {
        let professional: IDNPS
        do {
            professional = try IDNPS(actor.id)
        } catch {
            throw DMPError(.forbidden, "Only a professional identified by an IDNPS can declare an authorisation.")
        }
        return try await updateSettings(key, actor: actor, action: .declareAuthorisation, description: "declare authorisation") { settings, now in
            try settings.declareAuthorisation(
                for: professional, consent: PatientConsent(collectedBy: professional, collectedAt: now), expiresAt: expiresAt)
        }
    }

    /// The holder revokes a professional's authorisation.
    @discardableResult
    public func revokeAuthorisation(_ key: PatientKey, of professional: IDNPS, actor: Actor) async throws -> RecordSettings {
        try await updateSettings(key, actor: actor, action: .manageSettings, description: "revoke \(professional.value)") { settings, now in
            _ = settings.revokeAuthorisation(of: professional, at: now)
        }
    }

    /// The holder blocks a professional (absolute, every mode).
    @discardableResult
    public func blockProfessional(_ key: PatientKey, _ professional: IDNPS, actor: Actor) async throws -> RecordSettings {
        try await updateSettings(key, actor: actor, action: .blockProfessional, description: "block \(professional.value)") { settings, _ in
            try settings.block(professional)
        }
    }

    /// The holder unblocks a professional.
    @discardableResult
    public func unblockProfessional(_ key: PatientKey, _ professional: IDNPS, actor: Actor) async throws -> RecordSettings {
        try await updateSettings(key, actor: actor, action: .manageSettings, description: "unblock \(professional.value)") { settings, _ in
            settings.unblock(professional)
        }
    }

    /// The holder designates (or, with nil, removes) the médecin traitant.
    @discardableResult
    public func designateAttendingPhysician(_ key: PatientKey, _ professional: IDNPS?, actor: Actor) async throws -> RecordSettings {
        try await updateSettings(key, actor: actor, action: .manageSettings, description: "attending physician \(professional?.value ?? "none")") { settings, _ in
            try settings.designateAttendingPhysician(professional)
        }
    }

    /// The holder permits or denies one of the emergency accesses (ETREAT, BTG, MASKED).
    @discardableResult
    public func setEmergencyConsent(_ key: PatientKey, _ purpose: EmergencyPurpose, to decision: ConsentDecision, actor: Actor) async throws -> RecordSettings {
        try await updateSettings(key, actor: actor, action: .manageSettings, description: "emergency \(purpose.rawValue) \(decision)") { settings, _ in
            try settings.setEmergencyConsent(purpose, to: decision)
        }
    }

    /// The holder adds a legal representative (of a minor holder).
    @discardableResult
    public func addLegalRepresentative(_ key: PatientKey, _ representative: LegalRepresentative, actor: Actor) async throws -> RecordSettings {
        try await updateSettings(key, actor: actor, action: .manageSettings, description: "add legal representative") { settings, _ in
            try settings.addLegalRepresentative(representative)
        }
    }

    /// The holder's birth date (minority of the holder decides legal representatives' rights).
    @discardableResult
    public func setHolderBirthDate(_ key: PatientKey, _ isoDate: String?, actor: Actor) async throws -> RecordSettings {
        try await updateSettings(key, actor: actor, action: .manageSettings, description: "birth date") { settings, _ in
            try settings.setHolderBirthDate(isoDate)
        }
    }
}

extension DMPServices {
    /// The holder's notification address.
    @discardableResult
    public func setHolderEmail(_ key: PatientKey, _ address: String?, actor: Actor) async throws -> RecordSettings {
        try await updateSettings(key, actor: actor, action: .manageSettings, description: "notification address") { settings, _ in
            try settings.setHolderEmail(address)
        }
    }
}
