import DMPTestSupport
import DMPDomain
import DMPServices
import Foundation
import Testing

/// Searches by every criterion, with exact totals and stable paging.
@Suite("Document search")
struct SearchTests {
    private var key: PatientKey { PatientKey(Fixtures.patient) }

    /// Four documents that differ in each searchable element.
    private func seed(_ dmp: TestDMP) async throws -> [DocumentEntry] {
        let day: TimeInterval = 86_400
        let base = Date(timeIntervalSince1970: 1_700_000_000)
        let documents = [
            Fixtures.pdfDocument("consultation", typeCode: Fixtures.type("11488-4"), creation: base),
            Fixtures.pdfDocument("lab", typeCode: Fixtures.type("11502-2"), creation: base.addingTimeInterval(10 * day), facility: "SA25"),
            Fixtures.pdfDocument(
                "imaging", typeCode: Fixtures.type("18748-4"), confidentiality: [ConfidentialityCode.restricted],
                author: Fixtures.author(Fixtures.nurseIDNPS, family: "Infirmière", given: "Anne"),
                creation: base.addingTimeInterval(20 * day), practice: "ETABLISSEMENT",
                eventCodes: [Coding(code: "ZCQK002", system: "1.2.250.1.213.2.5")]),
            Fixtures.pdfDocument("summary", typeCode: Fixtures.type("60591-5"), creation: base.addingTimeInterval(30 * day)),
        ]
        let entries = try await dmp.services.publish(Fixtures.submission(documents), actor: Fixtures.gp).documents.map(\.entry)
        try await dmp.authorise(Fixtures.gp, Fixtures.nurse)
        return entries
    }

    private func search(_ dmp: TestDMP, _ configure: (inout DocumentQuery) -> Void) async throws -> DocumentSearchResult {
        var query = DocumentQuery(patientKey: key, statuses: [.approved])
        configure(&query)
        return try await dmp.services.searchDocuments(query, actor: Fixtures.operatorActor)
    }

    @Test("each criterion selects the right documents", arguments: TestDatabase.all)
    func criteria(database: TestDatabase) async throws {
        try await TestDMP.with(database) { dmp in
            let e = try await seed(dmp)
            let titles = { (result: DocumentSearchResult) in Set(result.entries.map(\.entryUUID)) }
            #expect(try await search(dmp) { _ in }.total == 4)
            #expect(titles(try await search(dmp) { $0.typeCodes = [CodeFilter(system: Fixtures.loinc, code: "11502-2")] }) == [e[1].entryUUID])
            #expect(titles(try await search(dmp) { $0.typeCodes = [CodeFilter(system: nil, code: "11502-2"), CodeFilter(system: nil, code: "60591-5")] }) == [e[1].entryUUID, e[3].entryUUID])
            #expect(titles(try await search(dmp) { $0.classCodes = [CodeFilter(e[2].metadata.classCode)] }) == [e[2].entryUUID])
            #expect(try await search(dmp) { $0.formatCodes = [CodeFilter(system: nil, code: "urn:ihe:iti:xds-sd:pdf:2008")] }.total == 4)
            #expect(try await search(dmp) { $0.formatCodes = [CodeFilter(system: nil, code: "urn:ihe:lab:xd-lab:2008")] }.total == 0)
            #expect(titles(try await search(dmp) { $0.facilityTypeCodes = [CodeFilter(system: nil, code: "SA25")] }) == [e[1].entryUUID])
            #expect(titles(try await search(dmp) { $0.practiceSettingCodes = [CodeFilter(system: nil, code: "ETABLISSEMENT")] }) == [e[2].entryUUID])
            #expect(titles(try await search(dmp) { $0.confidentialityCodes = [CodeFilter(ConfidentialityCode.restricted)] }) == [e[2].entryUUID])
            #expect(titles(try await search(dmp) { $0.eventCodes = [CodeFilter(system: "1.2.250.1.213.2.5", code: "ZCQK002")] }) == [e[2].entryUUID])
            #expect(titles(try await search(dmp) { $0.authorId = Fixtures.nurseIDNPS }) == [e[2].entryUUID])
            #expect(titles(try await search(dmp) { $0.authorFamily = "infirm" }) == [e[2].entryUUID], "family prefix, any case, accents kept")
            #expect(try await search(dmp) { $0.authorGiven = "je" }.total == 3)
            #expect(try await search(dmp) { $0.authorFamily = "%" }.total == 0, "LIKE wildcards are escaped")
            #expect(titles(try await search(dmp) { $0.uniqueIds = [e[0].metadata.uniqueId] }) == [e[0].entryUUID])
            let from = e[1].metadata.creationTime, to = e[2].metadata.creationTime
            #expect(titles(try await search(dmp) { $0.creationTime = DateRange(from: from, to: to) }) == [e[1].entryUUID, e[2].entryUUID])
            #expect(titles(try await search(dmp) { $0.serviceStartTime = DateRange(from: e[3].metadata.serviceStartTime) }) == [e[3].entryUUID])
            #expect(try await search(dmp) { $0.serviceStopTime = DateRange(to: e[0].metadata.serviceStopTime) }.total == 1)
            #expect(try await search(dmp) { $0.statuses = [.archived] }.total == 0)
        }
    }

    @Test("paging is stable, newest first, with an exact total", arguments: TestDatabase.all)
    func paging(database: TestDatabase) async throws {
        try await TestDMP.with(database) { dmp in
            let entries = try await seed(dmp)
            let newestFirst = entries.sorted { $0.metadata.creationTime > $1.metadata.creationTime }.map(\.entryUUID)
            var seen: [EntryUUID] = []
            for offset in stride(from: 0, to: 4, by: 3) {
                let page = try await search(dmp) { $0.limit = 3; $0.offset = offset }
                #expect(page.total == 4)
                seen += page.entries.map(\.entryUUID)
            }
            #expect(seen == newestFirst)
        }
    }

    @Test("professionals do not see documents masked to them, except their authors", arguments: TestDatabase.all)
    func maskedDocuments(database: TestDatabase) async throws {
        try await TestDMP.with(database) { dmp in
            let entries = try await seed(dmp)
            try await dmp.services.changeConfidentiality(
                key, .entryUUID(entries[0].entryUUID), to: [ConfidentialityCode.normal, ConfidentialityCode.maskedToProfessionals],
                actor: .holder(key))
            let query = DocumentQuery(patientKey: key, statuses: [.approved])
            #expect(try await dmp.services.searchDocuments(query, actor: Fixtures.gp).total == 4, "the author still sees it")
            let nurse = try await dmp.services.searchDocuments(query, actor: Fixtures.nurse)
            #expect(nurse.total == 3)
            #expect(!nurse.entries.contains { $0.logicalId == entries[0].logicalId })
            let error = await #expect(throws: DMPError.self) {
                try await dmp.services.retrieveDocument(self.key, .logicalId(entries[0].logicalId), actor: Fixtures.nurse)
            }
            #expect(error?.code == .documentNotFound)
        }
    }
}
