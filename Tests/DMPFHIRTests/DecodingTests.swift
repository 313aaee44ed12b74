import DMPFHIR
import Foundation
import Testing

/// JSON decoding: precise locations, unknown elements ignored.
@Suite("FHIR JSON decoding")
struct DecodingTests {
    static let bundleFile = "fhir/pdsm4dmp/Bundle-example-td2-iti65-lot-soumission.json"

    func failure(_ json: String) -> FHIRError? {
        do {
            _ = try FHIRJSON.decode(FHIRBundle.self, from: Data(json.utf8))
            return nil
        } catch {
            return error
        }
    }

    @Test("A wrong JSON type deep in a bundle is located as a FHIRPath")
    func deepLocation() throws {
        var text = try String(decoding: FHIRCorpus.data(Self.bundleFile), as: UTF8.self)
        text = text.replacingOccurrences(of: #""hash" : "A/hMRrv6Y15BjSM8kMLidrz+mHc=""#, with: #""hash" : 42"#)
        let error = try #require(failure(text))
        #expect(error.expression == "Bundle.entry[1].resource.content[0].attachment.hash")
        #expect(error.status == 400 && error.condition == .malformed)
        #expect(error.diagnostics == "Expected a string.")
    }

    @Test("null, a missing resourceType, the wrong resourceType, invalid JSON")
    func otherFailures() {
        let null = failure(#"{"resourceType":"Bundle","entry":[null]}"#)
        #expect(null?.expression == "Bundle.entry[0]")
        #expect(null?.diagnostics.contains("null") == true)
        #expect(failure(#"{"resourceType":"Bundle","entry":[{"resource":{"id":"x"}}]}"#)?.expression == "Bundle.entry[0].resource.resourceType")
        #expect(failure(#"{"resourceType":"Patient"}"#)?.expression == "Bundle.resourceType")
        #expect(failure(#"{"resourceType":"Bundle","total":"3"}"#)?.diagnostics == "Expected an integer.")
        #expect(failure("{ nope")?.expression == "Bundle")
    }

    @Test("Unknown elements and unknown contained types are ignored")
    func unknownIgnored() throws {
        let json = #"{"resourceType":"DocumentReference","status":"current","_status":{"extension":[]},"foo":1,"contained":[{"resourceType":"Questionnaire","id":"q"}]}"#
        let document = try FHIRJSON.decode(FHIRDocumentReference.self, from: Data(json.utf8))
        #expect(document.status == "current")
        #expect(document.contained == [.other(resourceType: "Questionnaire", id: "q")])
    }

    @Test("Corpus resources decode; a re-encoded bundle decodes to the same model")
    func corpusRoundTrip() throws {
        for file in [
            Self.bundleFile, "fhir/pdsm4dmp/Bundle-example-td2-1-remplacement.json",
            "fhir/pdsm/Bundle-comprehensiveprovidedocument-replace.json", "fhir/pdsm/Bundle-transaction-response-example.json",
            "fhir/pdsm4dmp/Bundle-example-annexe-searchset-documentreferences.json",
        ] {
            let bundle = try FHIRCorpus.bundle(file)
            #expect(try FHIRJSON.decode(FHIRBundle.self, from: FHIRJSON.encode(bundle)) == bundle, "\(file)")
        }
        let resource = try FHIRJSON.decodeResource(from: FHIRCorpus.data("fhir/pdsm/List-ExampleFolder.json"))
        guard case .list(let list) = resource else {
            Issue.record("not a List")
            return
        }
        #expect(list.title == "Classeur de suivi diabète")
    }
}
