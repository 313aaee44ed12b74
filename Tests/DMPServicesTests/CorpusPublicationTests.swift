import DMPTestSupport
import DMPDomain
import DMPServices
import Foundation
import Testing

/// Every official French CDA example is published, and comes back byte for byte with the
/// metadata its header gives.
@Suite("Publishing the official CDA examples")
struct CorpusPublicationTests {
    @Test("every ClinicalDocument of the corpus is published and retrieved identical", arguments: TestDatabase.all)
    func publishesEveryExample(database: TestDatabase) async throws {
        let files = TestCorpus.clinicalDocuments
        #expect(files.count == 14, "the corpus has 14 ClinicalDocument-rooted French examples")
        try await TestDMP.with(database) { dmp in
            var published: [(String, DocumentEntry)] = []
            for name in files {
                let content = try TestCorpus.data("cda/ans/\(name)")
                let imported = try await dmp.services.importFile(
                    content, fileName: name, options: ImportOptions(), actor: Fixtures.operatorActor)
                let entry = try #require(imported.result.documents.first?.entry, "\(name)")
                #expect(imported.result.documents.count == 1)
                published.append((name, entry))

                let retrieved = try await dmp.services.retrieveDocument(entry.patientKey, .entryUUID(entry.entryUUID), actor: Fixtures.operatorActor)
                let bytes = try retrieved.data()
                #expect(bytes == content, "\(name) bytes")
                #expect(retrieved.entry.metadata.hash == Digest.sha1Hex(content), "\(name) SHA-1")
                #expect(retrieved.entry.metadata.size == Int64(content.count), "\(name) size")
                #expect(retrieved.entry.metadata.mimeType == "text/xml")
                #expect(retrieved.entry.status == .approved)
            }
            let byName = Dictionary(uniqueKeysWithValues: published)
            let vaccination = try #require(byName["VAC-NOTE_2023.01.xml"])
            #expect(vaccination.metadata.uniqueId == "1.2.250.1.213.1.1.1.46.2023.1.1")
            #expect(vaccination.metadata.typeCode.code == "87273-9")
            #expect(vaccination.metadata.typeCode.system == Fixtures.loinc)
            #expect(vaccination.metadata.title == "NOTE DE VACCINATION")
            #expect(vaccination.metadata.formatCode.code == "urn:asip:ci-sis:vac-note:2021")
            #expect(vaccination.metadata.healthcareFacilityTypeCode.code == "SA07")
            #expect(vaccination.metadata.practiceSettingCode.code == "AMBULATOIRE")
            #expect(vaccination.metadata.authors.first?.person?.id == "801234567897")
            #expect(vaccination.metadata.creationTime == Date(timeIntervalSince1970: 1_617_978_900))
            #expect(vaccination.patientKey == PatientKey(Fixtures.patient))

            let synthesis = try #require(byName["VSM_1.4_2022.01.xml"])
            #expect(synthesis.metadata.typeCode.code == "SYNTH")
            #expect(synthesis.metadata.typeCode.system == "1.2.250.1.213.1.1.4.12")
            #expect(synthesis.metadata.formatCode.code == "urn:asip:ci-sis:vsm:2012")

            let unstructured = try #require(byName["DOC_NON_STRUCTURE_CDA-R2-N1.xml"])
            #expect(unstructured.metadata.formatCode.code == "urn:ihe:iti:xds-sd:pdf:2008")

            // The two newborn / certificate examples carry bad keys of the test authority,
            // accepted by the relaxed test configuration: they land in records of their own.
            let newborn = try #require(byName["SDM-MR_2024.01_nouveau-ne.xml"])
            #expect(newborn.patientKey.ins.matricule == "224027511583555")

            let all = try await dmp.services.searchDocuments(
                DocumentQuery(patientKey: PatientKey(Fixtures.patient), statuses: [.approved]), actor: Fixtures.operatorActor)
            #expect(all.total == 12, "12 of the 14 examples are about PAT-TROIS Dominique")
        }
    }

    @Test("a document replacing one absent from the DMP is imported as new, with a warning", arguments: TestDatabase.all)
    func replacementOfUnknownParent(database: TestDatabase) async throws {
        try await TestDMP.with(database) { dmp in
            let content = try TestCorpus.data("cda/ans/IMG_CR_IMG_2024.01.xml")
            let imported = try await dmp.services.importFile(content, fileName: "IMG.xml", options: ImportOptions(), actor: Fixtures.operatorActor)
            #expect(imported.warnings.count == 1)
            #expect(imported.result.documents.first?.entry.replaces == nil)
        }
    }

    @Test("the XSLT-wrapped 'auto-présentable' file is refused as not a CDA", arguments: TestDatabase.all)
    func stylesheetIsRefused(database: TestDatabase) async throws {
        try await TestDMP.with(database) { dmp in
            let content = try TestCorpus.data("cda/ans/BIO-CR-BIO_2021.01_Auto-Presentable.xml")
            let error = await #expect(throws: DMPError.self) {
                try await dmp.services.importFile(content, fileName: "auto.xml", options: ImportOptions(), actor: Fixtures.operatorActor)
            }
            #expect(error?.code == .invalidCDA)
            #expect(error?.message.contains("xsl:stylesheet") == true)
        }
    }

    @Test("with the strict INS policy the examples with a bad key are refused", arguments: TestDatabase.all)
    func strictPolicyRefusesBadKeys(database: TestDatabase) async throws {
        try await TestDMP.with(database, configuration: ServiceConfiguration()) { dmp in
            let content = try TestCorpus.data("cda/ans/CSE-CS8_2025.01.xml")
            let error = await #expect(throws: DMPError.self) {
                try await dmp.services.importFile(content, fileName: "cse.xml", options: ImportOptions(), actor: Fixtures.operatorActor)
            }
            #expect(error?.code == .invalidINS)
        }
    }
}
