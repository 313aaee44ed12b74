import DMPDomain
import DMPServices
import DMPStorage
import DMPTestSupport
import Foundation
import Testing

/// A property over the real stores: for random records, settings, documents and actors, no
/// search (page or total), read or retrieve ever returns a document the policy denies, and
/// every document it allows is found. This checks the SQL translation of the policy's
/// restriction, which the domain's own property tests cannot reach.
@Suite("Policy over the stores (random scenarios)")
struct PolicyPropertyOverStoreTests {
    /// A small deterministic generator, so that a failing scenario can be replayed by seed.
    struct Generator {
        var state: UInt64
        mutating func next() -> UInt64 {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return state >> 33
        }
        mutating func pick<T>(_ values: [T]) -> T { values[Int(next() % UInt64(values.count))] }
        mutating func chance(_ percent: UInt64) -> Bool { next() % 100 < percent }
    }

    static let types = ["11488-4", "11502-2", "18748-4", "60591-5", "68599-0", "83901-9", "89601-9", "57833-6"]
    static let flags = [ConfidentialityCode.maskedToProfessionals, ConfidentialityCode.invisibleToPatient, ConfidentialityCode.invisibleToLegalRepresentatives]
    static let professionals: [(id: String, profession: String)] = [
        (Fixtures.gpIDNPS, "10"), (Fixtures.nurseIDNPS, "60"), ("810999900037", "21"), ("810999900052", "40"),
    ]

    @Test("searches, totals, reads and retrieves never show what the policy denies", arguments: TestDatabase.all)
    func neverShowsDenied(database: TestDatabase) async throws {
        for seed in UInt64(1)...6 {
            try await TestDMP.with(database) { dmp in
                try await scenario(seed: seed, dmp)
            }
        }
    }

    private func scenario(seed: UInt64, _ dmp: TestDMP) async throws {
        var random = Generator(state: seed)
        let patient = Fixtures.patient
        let key = PatientKey(patient)
        let holder = Actor.holder(key)
        var documents: [DocumentSubmission] = []
        for index in 0..<10 {
            let author = random.pick(Self.professionals)
            var codes = [ConfidentialityCode.normal]
            for flag in Self.flags where random.chance(25) { codes.append(flag) }
            documents.append(Fixtures.pdfDocument(
                "seed \(seed) doc \(index)", typeCode: Fixtures.type(random.pick(Self.types)), confidentiality: codes,
                author: Fixtures.author(author.id)))
        }
        _ = try await dmp.services.publish(Fixtures.submission(documents), actor: .system("seeder"))
        for professional in Self.professionals {
            let idnps = try IDNPS(professional.id)
            if random.chance(60) { try await dmp.services.grantAuthorisation(key, to: idnps, actor: holder) }
            if random.chance(15) { _ = try? await dmp.services.blockProfessional(key, idnps, actor: holder) }
        }
        if random.chance(50) { _ = try? await dmp.services.designateAttendingPhysician(key, try IDNPS(Fixtures.gpIDNPS), actor: holder) }
        if random.chance(50) { try await dmp.services.setEmergencyConsent(key, .maskedDocuments, to: .permit, actor: holder) }

        let settings = try await dmp.store.transaction { tx in try await tx.recordSettings(key) }
        let record = try #require(try await dmp.services.recordStatus(patient, actor: .system("checker")))
        let all = try await dmp.services.searchDocuments(DocumentQuery(patientKey: key, statuses: [.approved]), actor: .system("checker"))
        var actors = [holder]
        for professional in Self.professionals {
            for mode in [AccessMode.normal, .breakTheGlass] {
                actors.append(Actor(
                    kind: .professional, id: professional.id, displayName: "P", professionCode: professional.profession,
                    accessMode: mode, accessReason: mode == .normal ? nil : "urgence"))
            }
        }
        for actor in actors {
            let allowed = Set(all.entries.filter { entry in
                dmp.services.policy.decide(AccessRequest(
                    actor: actor, record: record, settings: settings, action: .read, document: entry.metadata, now: dmp.clock.now
                )).isAllowed
            }.map(\.entryUUID))
            let search = try? await dmp.services.searchDocuments(DocumentQuery(patientKey: key, statuses: [.approved]), actor: actor)
            let found = Set(search?.entries.map(\.entryUUID) ?? [])
            #expect(found == allowed, "seed \(seed), \(actor.id) \(actor.accessMode): search differs from the policy")
            #expect((search?.total ?? 0) == allowed.count, "seed \(seed): total counts hidden documents")
            var paged = DocumentQuery(patientKey: key, statuses: [.approved])
            paged.limit = 3
            if let page = try? await dmp.services.searchDocuments(paged, actor: actor) {
                #expect(page.total == allowed.count && Set(page.entries.map(\.entryUUID)).isSubset(of: allowed))
            }
            for entry in all.entries {
                let read = try? await dmp.services.documentEntry(key, .entryUUID(entry.entryUUID), actor: actor)
                let retrieved = try? await dmp.services.retrieveDocument(key, .entryUUID(entry.entryUUID), actor: actor)
                #expect((read != nil) == allowed.contains(entry.entryUUID), "seed \(seed): read of \(entry.entryUUID)")
                #expect((retrieved != nil) == allowed.contains(entry.entryUUID), "seed \(seed): retrieve of \(entry.entryUUID)")
            }
        }
    }
}
