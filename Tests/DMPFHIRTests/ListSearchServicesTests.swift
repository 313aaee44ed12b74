import DMPDomain
import DMPServices
import DMPFHIR
import Foundation
import Testing

/// ITI-66 criteria the services' ListQuery does not carry are applied to its result.
@Suite("ITI-66 with the services")
struct ListSearchServicesTests {
    static func set(_ uuid: String, source: String, status: AvailabilityStatus = .approved) -> SubmissionSet {
        SubmissionSet(
            entryUUID: EntryUUID(rawValue: uuid), uniqueId: "1.2.250.1.999.\(uuid.prefix(1))", sourceId: source,
            submissionTime: Instant.at("2024-11-21T08:00:00Z"), title: nil, comments: nil,
            contentTypeCode: Coding(code: "SA07", system: CodeSystems.secteurActivite.oid), authors: [],
            patientKey: FHIRFixtures.key, status: status)
    }

    @Test("Query, in-memory criteria and paging")
    func bridge() throws {
        let search = try ListSearch(parameters: [
            SearchParameter("patient", PatientResourceID(FHIRFixtures.key).rawValue), SearchParameter("code", "submissionset"),
            SearchParameter("status", "current"), SearchParameter("sourceId", "urn:oid:1.2.3"), SearchParameter("_count", "1"),
        ])
        let query = search.query(for: FHIRFixtures.key)
        #expect(query.includeSubmissionSets && !query.includeFolders && query.patientKey == FHIRFixtures.key)
        let result = ListSearchResult(
            submissionSets: [
                Self.set("a0000000-0000-4000-8000-000000000000", source: "1.2.3"),
                Self.set("b0000000-0000-4000-8000-000000000000", source: "9.9.9"),
                Self.set("c0000000-0000-4000-8000-000000000000", source: "1.2.3", status: .archived),
            ],
            folders: [])
        let page = search.page(of: result, context: FHIRFixtures.context)
        #expect(page.total == 2)
        #expect(page.resources.map(\.id) == ["a0000000-0000-4000-8000-000000000000"])
        let bundle = FHIRBundle.searchset(
            resourceType: "List", resources: page.resources, total: page.total,
            parameters: [SearchParameter("code", "submissionset")], paging: search.paging, context: FHIRFixtures.context)
        #expect(bundle.link?.last?.url == "https://dmp.test/fhir/List?code=submissionset&_count=1&_offset=1")
        #expect(bundle.entry?.first?.fullUrl == "https://dmp.test/fhir/List/a0000000-0000-4000-8000-000000000000")
    }
}
