import DMPDomain
import DMPServices
import DMPStorage
import DMPTestSupport
import Foundation
import Testing

/// Who is notified of what, and what the texts say (spec §3.4, §3.5).
@Suite("Notification composition")
struct NotificationCompositionTests {
    @Test("an emergency access notifies the holder and the médecin traitant, whatever the preferences", arguments: TestDatabase.all)
    func emergencyIsForced(database: TestDatabase) async throws {
        try await TestDMP.with(database) { dmp in
            let traits = INSTraits(
                birthName: "PAT-TROIS", birthGivenNames: ["DOMINIQUE"], sex: .female, birthDate: "1979-03-05",
                birthPlaceCode: "51215", status: .qualified)
            _ = try await dmp.services.createRecord(Fixtures.patient, traits: traits, actor: Fixtures.operatorActor)
            try await NotificationFixtures.enqueue(
                dmp, .emergencyAccess(NotificationFixtures.urgentist), preferences: NotificationPreferences(enabled: []))
            let rows = try await NotificationFixtures.outbox(dmp)
            #expect(rows.count == 2 && rows.allSatisfy { $0.kind == .emergencyAccess })
            let holder = try #require(rows.first { $0.recipient == .holder(address: NotificationFixtures.holderAddress) })
            #expect(holder.subject == "Accès en urgence à votre dossier médical partagé")
            #expect(holder.text.contains(
                "Accès en urgence (bris de glace) à votre dossier médical partagé par Dr Claire Urgence, Médecin "
                    + "(CHU de Reims — Urgences), le 01/01/2026 à 01:00 (heure de Paris)."))
            // The reason reaches the holder, on one line whatever the professional typed.
            #expect(holder.text.contains("Motif : Patient inconscient aux urgences\n"))
            #expect(holder.text.contains("R1111-48"))
            let physician = try #require(rows.first { $0.recipient == .professional(NotificationFixtures.attendingPhysician) })
            #expect(physician.text.contains("médecin traitant de DOMINIQUE PAT-TROIS (INS 279035121518989)"))
            #expect(physician.text.contains("Motif : Patient inconscient aux urgences"))
        }
    }

    @Test("a Centre 15 access names its mode; the médecin traitant is not told of their own access", arguments: TestDatabase.all)
    func centre15AndOwnAccess(database: TestDatabase) async throws {
        try await TestDMP.with(database) { dmp in
            try await NotificationFixtures.enqueue(dmp, .emergencyAccess(NotificationFixtures.regulator))
            let ownAccess = Actor(
                kind: .professional, id: Fixtures.gpIDNPS, displayName: "Dr Médecin Généraliste", professionCode: "10",
                accessMode: .breakTheGlass, accessReason: "Malaise au cabinet")
            try await NotificationFixtures.enqueue(dmp, .emergencyAccess(ownAccess))
            let rows = try await NotificationFixtures.outbox(dmp)
            #expect(rows.count == 3)
            #expect(rows.filter { $0.text.contains("centre de régulation médicale (SAMU – Centre 15)") }.count == 2)
            #expect(rows.contains { $0.text.contains("Motif : non renseigné") })
            #expect(rows.filter { $0.text.contains("Malaise au cabinet") }.map(\.recipient)
                == [.holder(address: NotificationFixtures.holderAddress)])
            #expect(rows.first { $0.recipient != .holder(address: NotificationFixtures.holderAddress) }?.text
                .contains("la personne identifiée par l'INS 279035121518989") == true)
        }
    }

    @Test("first accesses and new documents follow the holder's preferences", arguments: TestDatabase.all)
    func preferences(database: TestDatabase) async throws {
        try await TestDMP.with(database) { dmp in
            let off = NotificationPreferences(enabled: [])
            try await NotificationFixtures.enqueue(dmp, .firstAccess(Fixtures.nurse), preferences: off)
            try await NotificationFixtures.enqueue(dmp, .newDocument(Fixtures.gp, count: 2), preferences: off)
            #expect(try await NotificationFixtures.outbox(dmp).isEmpty)
            try await NotificationFixtures.enqueue(dmp, .firstAccess(Fixtures.nurse))
            dmp.clock.advance(seconds: 1)
            try await NotificationFixtures.enqueue(dmp, .newDocument(Fixtures.gp, count: 2))
            dmp.clock.advance(seconds: 1)
            try await NotificationFixtures.enqueue(dmp, .newDocument(Fixtures.gp, count: 1))
            let rows = try await NotificationFixtures.outbox(dmp)
            #expect(rows.map(\.kind) == [.firstProfessionalAccess, .newDocument, .newDocument])
            #expect(rows.allSatisfy { $0.recipient == .holder(address: NotificationFixtures.holderAddress) })
            #expect(rows[0].text.contains(
                "Infirmière Libérale, Infirmier (Cabinet du Parc) a consulté votre dossier médical partagé pour la "
                    + "première fois, le 01/01/2026 à 01:00 (heure de Paris)."))
            #expect(rows[1].subject == "Nouveaux documents dans votre dossier médical partagé")
            #expect(rows[1].text.contains("a ajouté 2 nouveaux documents"))
            #expect(rows[2].text.contains("a ajouté un nouveau document"))
        }
    }

    @Test("nobody is told of their own action, and no address means no holder message", arguments: TestDatabase.all)
    func selfActionsAndMissingAddress(database: TestDatabase) async throws {
        try await TestDMP.with(database) { dmp in
            try await NotificationFixtures.enqueue(dmp, .newDocument(.holder(NotificationFixtures.key), count: 1))
            try await NotificationFixtures.enqueue(dmp, .firstAccess(Fixtures.nurse), holderAddress: nil)
            #expect(try await NotificationFixtures.outbox(dmp).isEmpty)
            try await NotificationFixtures.enqueue(dmp, .emergencyAccess(NotificationFixtures.urgentist), holderAddress: nil)
            #expect(try await NotificationFixtures.outbox(dmp).map(\.recipient) == [.professional(NotificationFixtures.attendingPhysician)])
        }
    }

    @Test("texts never carry a document's title or codes", arguments: TestDatabase.all)
    func noClinicalContent(database: TestDatabase) async throws {
        try await TestDMP.with(database) { dmp in
            let title = "Sérologie VIH — résultat confidentiel"
            let document = Fixtures.pdfDocument(title: title)
            _ = try await dmp.services.publish(Fixtures.submission([document]), actor: Fixtures.gp)
            try await NotificationFixtures.enqueue(dmp, .newDocument(Fixtures.gp, count: 1))
            try await NotificationFixtures.enqueue(dmp, .firstAccess(Fixtures.nurse))
            try await NotificationFixtures.enqueue(dmp, .emergencyAccess(NotificationFixtures.urgentist))
            let rows = try await NotificationFixtures.outbox(dmp)
            #expect(rows.count == 4)
            for row in rows {
                for forbidden in [title, "VIH", document.metadata.typeCode.code, document.metadata.uniqueId] {
                    #expect(!row.subject.contains(forbidden) && !row.text.contains(forbidden))
                }
            }
        }
    }
}
