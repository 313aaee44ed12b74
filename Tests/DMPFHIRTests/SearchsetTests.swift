import DMPDomain
import DMPFHIR
import Foundation
import Testing

/// searchset Bundles: total, self and next links, absolute fullUrls.
@Suite("Searchset")
struct SearchsetTests {
    static let parameters = [
        SearchParameter("patient.identifier", "urn:oid:1.2.250.1.213.1.4.10|279035121518989"),
        SearchParameter("status", "current"), SearchParameter("type", "http://loinc.org|11488-4"),
        SearchParameter("_count", "2"),
    ]

    @Test("A first page of a larger result has a next link with the same parameters and the next _offset")
    func nextLink() throws {
        let search = try DocumentReferenceSearch(parameters: Self.parameters)
        let bundle = FHIRBundle.searchset(
            documents: [FHIRFixtures.entry(), FHIRFixtures.entry()], total: 5, parameters: Self.parameters,
            paging: search.paging, context: FHIRFixtures.context)
        #expect(bundle.type == "searchset")
        #expect(bundle.total == 5)
        let base = "https://dmp.test/fhir/DocumentReference?patient.identifier=urn%3Aoid%3A1.2.250.1.213.1.4.10%7C279035121518989&status=current&type=http%3A%2F%2Floinc.org%7C11488-4"
        #expect(bundle.link == [
            FHIRBundle.Link(relation: "self", url: base + "&_count=2&_offset=0"),
            FHIRBundle.Link(relation: "next", url: base + "&_count=2&_offset=2"),
        ])
        let entry = try #require(bundle.entry?.first)
        #expect(entry.fullUrl == "https://dmp.test/fhir/DocumentReference/\(FHIRFixtures.entry().entryUUID.rawValue)")
        #expect(entry.search?.mode == "match")
    }

    @Test("The last page has no next link; an empty result has no entry element")
    func lastPage() {
        let paging = SearchPaging(count: 2, offset: 4)
        let last = FHIRBundle.searchset(
            documents: [FHIRFixtures.entry()], total: 5, parameters: Self.parameters, paging: paging, context: FHIRFixtures.context)
        #expect(last.link?.map(\.relation) == ["self"])
        let empty = FHIRBundle.searchset(
            documents: [], total: 0, parameters: Self.parameters, paging: SearchPaging(), context: FHIRFixtures.context)
        #expect(empty.entry == nil && empty.total == 0)
        let json = String(decoding: FHIRJSON.encode(empty), as: UTF8.self)
        #expect(!json.contains("[]") && json.contains(#""total":0"#))
    }
}
