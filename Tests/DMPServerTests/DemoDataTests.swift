import DMPDomain
import DMPServer
import DMPServices
import Foundation
import Testing

@Suite("Demo data")
struct DemoDataTests {
    private let seeder = Actor.system("dmp-demo")

    /// Every current document of a demo patient with the given statuses, as the system sees them.
    private func count(_ patient: DemoPatient, _ statuses: [AvailabilityStatus], in services: DMPServices) async throws -> Int {
        let query = DocumentQuery(patientKey: PatientKey(patient.ins), statuses: statuses)
        return try await services.searchDocuments(query, actor: seeder).total
    }

    @Test("Seeding a fresh store creates the records and documents; seeding again adds nothing")
    func seedTwice() async throws {
        try await TemporaryDirectory.with { directory in
            let configuration = try TestSupport.configuration(dataDirectory: directory)
            try await StorageBootstrap.withServices(configuration, logger: TestSupport.logger) { services in
                let first = try await DemoData.seed(into: services, actor: seeder)
                #expect(first.patients.count == 3)
                #expect(first.recordsCreated == 3)
                #expect(first.documentsPublished == 15)
                #expect(first.documentsTotal == 15)

                let second = try await DemoData.seed(into: services, actor: seeder)
                #expect(second.recordsCreated == 0)
                #expect(second.documentsPublished == 0)
                #expect(second.documentsTotal == 15)

                // Patient 1: 5 current (one is the corrected letter) + the letter it deprecated.
                // Patient 2: 4 approved + 1 archived. Patient 3: 4 approved.
                let expected: [(approved: Int, all: Int)] = [(5, 6), (4, 5), (4, 4)]
                for (patient, counts) in zip(DemoPatient.all, expected) {
                    #expect(try await count(patient, [.approved], in: services) == counts.approved, "\(patient.number)")
                    #expect(try await count(patient, AvailabilityStatus.all, in: services) == counts.all, "\(patient.number)")
                }
                #expect(try await count(DemoPatient.all[1], [.archived], in: services) == 1)
                #expect(try await count(DemoPatient.all[0], [.deprecated], in: services) == 1)
            }
        }
    }

    @Test("The masked document is hidden from a professional who did not write it")
    func maskedDocument() async throws {
        try await TemporaryDirectory.with { directory in
            let configuration = try TestSupport.configuration(dataDirectory: directory)
            try await StorageBootstrap.withServices(configuration, logger: TestSupport.logger) { services in
                _ = try await DemoData.seed(into: services, actor: seeder)
                let query = DocumentQuery(patientKey: PatientKey(DemoPatient.all[0].ins), statuses: [.approved])
                let nurse = try await services.searchDocuments(query, actor: DemoProfessional.nurse.actor)
                let author = try await services.searchDocuments(query, actor: DemoProfessional.generalPractitioner.actor)
                #expect(nurse.total == 4)
                #expect(author.total == 5)
                let masked = author.entries.filter { $0.metadata.hasConfidentiality(ConfidentialityCode.maskedToProfessionals) }
                #expect(masked.count == 1)
            }
        }
    }

    @Test("Demo identities are valid: INS keys, RPPS and FINESS Luhn keys, the child born in 2015")
    func identities() throws {
        for patient in DemoPatient.all {
            #expect(patient.ins.authority == .demo)
            _ = try INS(matricule: patient.ins.matricule, authorityOID: INSAuthority.demo.oid, policy: .strict)
            #expect(patient.traits.birthName.hasSuffix("-DEMO"))
        }
        #expect(DemoPatient.all.contains { $0.traits.birthDate.hasPrefix("2015-") })
        for professional in DemoProfessional.all {
            #expect(try RPPS(professional.rpps).idnps.value == professional.idnps)
            #expect(try StructureIdentifier(professional.structure.structureId).kind == .finess)
        }
        _ = try FINESS(DemoStructure.healthCentre.finess)
        #expect(Set(DemoProfessional.all.map(\.professionCode)) == ["10", "60", "21"])
    }

    @Test("Demo PDF documents are well-formed PDF 1.4 files whose cross-reference offsets are exact")
    func pdf() async throws {
        try await TemporaryDirectory.with { directory in
            let configuration = try TestSupport.configuration(dataDirectory: directory)
            try await StorageBootstrap.withServices(configuration, logger: TestSupport.logger) { services in
                _ = try await DemoData.seed(into: services, actor: seeder)
                let key = PatientKey(DemoPatient.all[0].ins)
                let retrieved = try await services.retrieveDocument(key, .uniqueId("1.2.250.1.999.2.1.6"), actor: seeder)
                #expect(retrieved.entry.metadata.mimeType == "application/pdf")
                let bytes = try retrieved.data()
                let text = String(decoding: bytes, as: UTF8.self)
                #expect(text.hasPrefix("%PDF-1.4"))
                #expect(text.hasSuffix("%%EOF\n"))
                // Each xref entry must point at the "n 0 obj" it names.
                let xref = try #require(text.range(of: "xref\n0 7\n"))
                let entries = text[xref.upperBound...].split(separator: "\n").prefix(7).dropFirst()
                for (index, entry) in entries.enumerated() {
                    let offset = try #require(Int(entry.prefix(10)))
                    let object = bytes.dropFirst(offset).prefix(8)
                    #expect(String(decoding: object, as: UTF8.self).hasPrefix("\(index + 1) 0 obj"))
                }
            }
        }
    }
}
