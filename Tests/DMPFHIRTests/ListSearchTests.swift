import DMPDomain
import DMPFHIR
import Testing

/// ITI-66 search parameters.
@Suite("ITI-66 search parameters")
struct ListSearchTests {
    static let patient = SearchParameter("patient.identifier", "urn:oid:1.2.250.1.213.1.4.10|279035121518989")

    func error(_ parameters: [SearchParameter]) -> FHIRError? {
        do {
            _ = try ListSearch(parameters: parameters)
            return nil
        } catch {
            return error
        }
    }

    @Test("patient, code and status are required")
    func required() {
        #expect(error([SearchParameter("code", "submissionset"), SearchParameter("status", "current")])?.expression == "patient")
        #expect(error([Self.patient, SearchParameter("status", "current")])?.expression == "code")
        #expect(error([Self.patient, SearchParameter("code", "folder")])?.expression == "status")
    }

    @Test("Every supported parameter")
    func parameters() throws {
        let search = try ListSearch(parameters: [
            Self.patient, SearchParameter("code", "https://profiles.ihe.net/ITI/MHD/CodeSystem/MHDlistTypes|submissionset,folder"),
            SearchParameter("status", "current"), SearchParameter("isArchived", "false"), SearchParameter("date", "ge2024"),
            SearchParameter("identifier", "urn:oid:1.2.3,urn:uuid:AAAAAAAA-1111-4111-8111-111111111111"),
            SearchParameter("designationType", "https://mos.esante.gouv.fr/NOS/TRE_R02-SecteurActivite/FHIR/TRE-R02-SecteurActivite|SA07"),
            SearchParameter("sourceId", "urn:ietf:rfc:3986|urn:oid:1.2.250.1.999.42"), SearchParameter("_count", "5"),
        ])
        #expect(search.kinds == [.submissionSet, .folder])
        #expect(search.statuses == [.approved])
        #expect(search.date.from == Instant.at("2023-12-31T23:00:00Z"))
        #expect(search.uniqueIds == ["1.2.3"])
        #expect(search.entryUUIDs == [EntryUUID(rawValue: "aaaaaaaa-1111-4111-8111-111111111111")])
        #expect(search.designationTypes == [CodeFilter(system: CodeSystems.secteurActivite.oid, code: "SA07")])
        #expect(search.sourceIds == ["1.2.250.1.999.42"])
        #expect(search.paging.count == 5)
        #expect(!search.matchesNothing)
    }

    @Test("Unknown parameter and bad code are refused")
    func refusals() {
        let base = [Self.patient, SearchParameter("code", "submissionset"), SearchParameter("status", "current")]
        #expect(error(base + [SearchParameter("title", "x")])?.condition == .unknownSearchParameter)
        #expect(error([Self.patient, SearchParameter("code", "http://other|submissionset"), SearchParameter("status", "current")])?.expression == "code")
    }
}
