import DMPDomain
import DMPServices
import DMPStorage
import DMPTestSupport
import Foundation
import Testing

/// The access rules walked through the use cases on real databases: each scenario fails if
/// its rule is broken, and checks the trace and notifications it must leave.
@Suite("Access scenarios through the use cases")
struct AccessScenarioTests {
    private var key: PatientKey { PatientKey(Fixtures.patient) }
    private var holder: Actor { .holder(key) }
    private var query: DocumentQuery { DocumentQuery(patientKey: key, statuses: [.approved]) }

    /// A professional of another structure, in a given access mode.
    private func emergencyDoctor(_ mode: AccessMode, reason: String? = nil, regulator: Bool = false) -> Actor {
        Actor(
            kind: .professional, id: "810999900045", displayName: "Dr Urgences", professionCode: "10",
            structureId: "1750999922", structureName: "SAMU 75", accessMode: mode, accessReason: reason, isSAMURegulator: regulator)
    }

    private func seed(_ dmp: TestDMP, masked: Bool = false) async throws {
        let confidentiality = masked ? [ConfidentialityCode.normal, ConfidentialityCode.maskedToProfessionals] : [ConfidentialityCode.normal]
        _ = try await dmp.services.publish(
            Fixtures.submission([Fixtures.pdfDocument("a"), Fixtures.pdfDocument("b", confidentiality: confidentiality)]), actor: Fixtures.gp)
        try await dmp.services.setHolderEmail(key, "titulaire@example.org", actor: holder)
    }

    private func outbox(_ dmp: TestDMP) async throws -> [OutboxNotification] {
        try await dmp.store.transaction { tx in try await tx.notifications(self.key) }
    }

    @Test("consultation needs an authorisation; feeding does not; revocation takes it back", arguments: TestDatabase.all)
    func authorisation(database: TestDatabase) async throws {
        try await TestDMP.with(database) { dmp in
            try await seed(dmp)
            let refused = await #expect(throws: DMPError.self) { try await dmp.services.searchDocuments(self.query, actor: Fixtures.nurse) }
            #expect(refused?.code.category == .forbidden)
            try await dmp.authorise(Fixtures.nurse)
            #expect(try await dmp.services.searchDocuments(query, actor: Fixtures.nurse).total == 2)
            try await dmp.services.revokeAuthorisation(key, of: try IDNPS(Fixtures.nurseIDNPS), actor: holder)
            await #expect(throws: DMPError.self) { try await dmp.services.searchDocuments(self.query, actor: Fixtures.nurse) }
            let declared = try await dmp.services.declareAuthorisation(key, actor: Fixtures.nurse)
            #expect(declared.activeAuthorisation(of: Fixtures.nurseIDNPS, at: dmp.clock.now) != nil, "declared with the patient's consent")
            #expect(try await dmp.services.searchDocuments(query, actor: Fixtures.nurse).total == 2)
        }
    }

    @Test("a blocked professional gets nothing, in every mode, and the médecin traitant cannot be blocked", arguments: TestDatabase.all)
    func blocked(database: TestDatabase) async throws {
        try await TestDMP.with(database) { dmp in
            try await seed(dmp)
            try await dmp.authorise(Fixtures.nurse)
            try await dmp.services.blockProfessional(key, try IDNPS(Fixtures.nurseIDNPS), actor: holder)
            let nurseInEmergency = Actor(
                kind: .professional, id: Fixtures.nurseIDNPS, displayName: "Infirmière", professionCode: "60",
                accessMode: .breakTheGlass, accessReason: "patient inconscient")
            for actor in [Fixtures.nurse, nurseInEmergency] {
                let error = await #expect(throws: DMPError.self) { try await dmp.services.searchDocuments(self.query, actor: actor) }
                #expect(error?.code.category == .forbidden)
            }
            try await dmp.services.designateAttendingPhysician(key, try IDNPS(Fixtures.gpIDNPS), actor: holder)
            let error = await #expect(throws: DMPError.self) {
                try await dmp.services.blockProfessional(self.key, try IDNPS(Fixtures.gpIDNPS), actor: self.holder)
            }
            #expect(error != nil)
            let history = try await dmp.services.auditHistory(AuditHistoryQuery(patientKey: key, limit: 50), actor: holder)
            #expect(history.events.contains { $0.actor.id == Fixtures.nurseIDNPS && $0.outcome == .refused && $0.actor.accessMode == .breakTheGlass })
        }
    }

    @Test("break-the-glass: reason required, refused when the patient denied BTG, traced and notified to holder and médecin traitant", arguments: TestDatabase.all)
    func breakTheGlass(database: TestDatabase) async throws {
        try await TestDMP.with(database) { dmp in
            try await seed(dmp, masked: true)
            try await dmp.services.designateAttendingPhysician(key, try IDNPS(Fixtures.gpIDNPS), actor: holder)
            let withoutReason = await #expect(throws: DMPError.self) {
                try await dmp.services.searchDocuments(self.query, actor: self.emergencyDoctor(.breakTheGlass))
            }
            #expect(withoutReason != nil)
            let doctor = emergencyDoctor(.breakTheGlass, reason: "Patient inconscient aux urgences")
            let found = try await dmp.services.searchDocuments(query, actor: doctor)
            #expect(found.total == 1, "the masked document stays hidden: MASKED is denied by default")
            try await dmp.services.setEmergencyConsent(key, .maskedDocuments, to: .permit, actor: holder)
            #expect(try await dmp.services.searchDocuments(query, actor: doctor).total == 2)
            let notifications = try await outbox(dmp).filter { $0.kind == .emergencyAccess }
            #expect(notifications.count >= 2)
            #expect(notifications.contains { if case .holder = $0.recipient { true } else { false } })
            #expect(notifications.contains { if case .professional = $0.recipient { true } else { false } })
            #expect(notifications.allSatisfy { !$0.text.contains("Compte rendu") }, "no document title in a notification")
            try await dmp.services.setEmergencyConsent(key, .breakTheGlass, to: .deny, actor: holder)
            let denied = await #expect(throws: DMPError.self) { try await dmp.services.searchDocuments(self.query, actor: doctor) }
            #expect(denied?.code.category == .forbidden)
            let history = try await dmp.services.auditHistory(AuditHistoryQuery(patientKey: key, limit: 100), actor: holder)
            #expect(history.events.contains { $0.actor.accessMode == .breakTheGlass && $0.actor.accessReason == "Patient inconscient aux urgences" && $0.outcome == .success })
        }
    }

    @Test("centre 15: only a SAMU regulator, and not when the patient denied ETREAT", arguments: TestDatabase.all)
    func centre15(database: TestDatabase) async throws {
        try await TestDMP.with(database) { dmp in
            try await seed(dmp)
            await #expect(throws: DMPError.self) { try await dmp.services.searchDocuments(self.query, actor: self.emergencyDoctor(.centre15)) }
            #expect(try await dmp.services.searchDocuments(query, actor: emergencyDoctor(.centre15, regulator: true)).total == 2)
            try await dmp.services.setEmergencyConsent(key, .samu, to: .deny, actor: holder)
            await #expect(throws: DMPError.self) {
                try await dmp.services.searchDocuments(self.query, actor: self.emergencyDoctor(.centre15, regulator: true))
            }
        }
    }

    @Test("first access by a professional is notified once; a new document is notified", arguments: TestDatabase.all)
    func firstAccess(database: TestDatabase) async throws {
        try await TestDMP.with(database) { dmp in
            try await seed(dmp)
            try await dmp.authorise(Fixtures.nurse)
            _ = try await dmp.services.searchDocuments(query, actor: Fixtures.nurse)
            _ = try await dmp.services.searchDocuments(query, actor: Fixtures.nurse)
            let notifications = try await outbox(dmp)
            #expect(notifications.filter { $0.kind == .firstProfessionalAccess }.count == 1)
            _ = try await dmp.services.publish(Fixtures.submission([Fixtures.pdfDocument("c")]), actor: Fixtures.gp)
            #expect(try await outbox(dmp).contains { $0.kind == .newDocument })
        }
    }

    @Test("mask all my documents masks the existing ones and the future ones; the médecin traitant still sees them", arguments: TestDatabase.all)
    func maskAll(database: TestDatabase) async throws {
        try await TestDMP.with(database) { dmp in
            try await seed(dmp)
            try await dmp.authorise(Fixtures.nurse)
            try await dmp.services.setMaskAllDocuments(key, true, actor: holder)
            _ = try await dmp.services.publish(Fixtures.submission([Fixtures.pdfDocument("future")]), actor: Fixtures.gp)
            #expect(try await dmp.services.searchDocuments(query, actor: Fixtures.nurse).total == 0)
            try await dmp.services.designateAttendingPhysician(key, try IDNPS(Fixtures.gpIDNPS), actor: holder)
            #expect(try await dmp.services.searchDocuments(query, actor: Fixtures.gp).total == 3)
            #expect(try await dmp.services.searchDocuments(query, actor: holder).total == 3, "the holder sees what is masked from professionals")
        }
    }

    @Test("INVISIBLE_PATIENT hides a document from the holder until a professional lifts it", arguments: TestDatabase.all)
    func invisibleToPatient(database: TestDatabase) async throws {
        try await TestDMP.with(database) { dmp in
            let published = try await dmp.services.publish(
                Fixtures.submission([Fixtures.pdfDocument("announce", confidentiality: [ConfidentialityCode.normal, ConfidentialityCode.invisibleToPatient])]),
                actor: Fixtures.gp)
            #expect(try await dmp.services.searchDocuments(query, actor: holder).total == 0)
            let entry = published.documents[0].entry
            let hidden = await #expect(throws: DMPError.self) {
                try await dmp.services.retrieveDocument(self.key, .entryUUID(entry.entryUUID), actor: self.holder)
            }
            #expect(hidden?.code == .documentNotFound)
            try await dmp.services.changeConfidentiality(key, .entryUUID(entry.entryUUID), to: [ConfidentialityCode.normal], actor: Fixtures.gp)
            #expect(try await dmp.services.searchDocuments(query, actor: holder).total == 1)
        }
    }
}
