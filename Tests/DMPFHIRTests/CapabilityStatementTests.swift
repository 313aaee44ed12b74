import DMPFHIR
import Foundation
import Testing

/// The CapabilityStatement lists exactly what is served.
@Suite("CapabilityStatement")
struct CapabilityStatementTests {
    static let date = "2026-01-01T00:00:00Z"

    @Test("Everything served: PDSm resources, interactions and the search parameters we accept")
    func full() throws {
        let statement = FHIRCapabilityStatement(options: CapabilityOptions(), context: FHIRFixtures.context, softwareVersion: "1.0.0", date: Self.date)
        #expect(statement.fhirVersion == "4.0.1" && statement.format == ["json"] && statement.kind == "instance")
        #expect(statement.instantiates == [PDSm.gestionnaireCapabilityStatement])
        let rest = try #require(statement.rest?.first)
        #expect(rest.mode == "server")
        #expect(rest.interaction?.map(\.code) == ["transaction"])
        let resources = Dictionary(uniqueKeysWithValues: (rest.resource ?? []).map { ($0.type, $0) })
        #expect(Set(resources.keys) == ["DocumentReference", "List", "Binary", "Patient"])
        #expect(resources["DocumentReference"]?.interaction?.map(\.code) == ["read", "search-type", "patch", "create"])
        #expect(resources["List"]?.interaction?.map(\.code) == ["read", "search-type"])
        #expect(resources["Binary"]?.interaction?.map(\.code) == ["read"])
        #expect(resources["Patient"]?.searchParam?.map(\.name) == ["identifier"])

        // Every advertised DocumentReference parameter is accepted by the parser.
        for name in resources["DocumentReference"]?.searchParam?.map(\.name) ?? [] where !name.hasPrefix("patient") && name != "status" {
            let value = name.contains("date") || name == "creation" || name.hasPrefix("period") ? "ge2024"
                : name == "isArchived" ? "false" : "x"
            let parameters = [
                SearchParameter("patient.identifier", "urn:oid:1.2.250.1.213.1.4.10|279035121518989"),
                SearchParameter("status", "current"), SearchParameter(name, value),
            ]
            #expect(throws: Never.self, "\(name)") { try DocumentReferenceSearch(parameters: parameters) }
        }
        let json = String(decoding: FHIRJSON.encode(statement), as: UTF8.self)
        #expect(json.hasPrefix(#"{"resourceType":"CapabilityStatement""#))
    }

    @Test("Disabled features are not listed")
    func partial() throws {
        let options = CapabilityOptions(provideBundle: false, simplifiedPublish: false, patchDocumentReference: false, findLists: false, patientSearch: false)
        let statement = FHIRCapabilityStatement(options: options, context: FHIRFixtures.context, softwareVersion: "1", date: Self.date)
        let rest = try #require(statement.rest?.first)
        #expect(rest.interaction == nil)
        #expect(rest.resource?.map(\.type) == ["DocumentReference", "Binary"])
        #expect(rest.resource?.first?.interaction?.map(\.code) == ["read", "search-type"])
        #expect(statement.patchFormat == nil)
    }
}
