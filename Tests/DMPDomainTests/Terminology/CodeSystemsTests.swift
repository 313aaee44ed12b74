import DMPDomain
import Testing

@Suite("Code systems")
struct CodeSystemsTests {
    @Test("LOINC round-trips between OID and URI")
    func loincRoundTrip() {
        #expect(CodeSystems.uri(forOID: "2.16.840.1.113883.6.1") == "http://loinc.org")
        #expect(CodeSystems.oid(forURI: "http://loinc.org") == "2.16.840.1.113883.6.1")
    }

    @Test("TRE_A07 round-trips between OID and URI")
    func statutVisibiliteRoundTrip() throws {
        let uri = try #require(CodeSystems.uri(forOID: "1.2.250.1.213.1.1.4.13"))
        #expect(uri == "https://mos.esante.gouv.fr/NOS/TRE_A07-StatutVisibiliteDocument/FHIR/TRE-A07-StatutVisibiliteDocument")
        #expect(CodeSystems.oid(forURI: uri) == "1.2.250.1.213.1.1.4.13")
    }

    @Test("the spec's URIs are produced for the NOS systems")
    func nosURIs() {
        #expect(CodeSystems.classeDocument.uri
            == "https://mos.esante.gouv.fr/NOS/TRE_A03-ClasseDocument/FHIR/TRE-A03-ClasseDocument")
        #expect(CodeSystems.typeDocComplementaire.uri
            == "https://mos.esante.gouv.fr/NOS/TRE_A05-TypeDocComplementaire/FHIR/TRE-A05-TypeDocComplementaire")
        #expect(CodeSystems.professionSante.uri
            == "https://mos.esante.gouv.fr/NOS/TRE_G15-ProfessionSante/FHIR/TRE-G15-ProfessionSante")
        #expect(CodeSystems.hl7Confidentiality.uri == "http://terminology.hl7.org/CodeSystem/v3-Confidentiality")
    }

    @Test("aliases and urn:oid URIs resolve to OIDs")
    func aliases() {
        #expect(CodeSystems.oid(forURI: "https://mos.esante.gouv.fr/NOS/TRE_A07-StatusVisibiliteDocument/FHIR/TRE-A07-StatusVisibiliteDocument")
            == CodeSystems.statutVisibilite.oid)
        #expect(CodeSystems.oid(forURI: "http://ihe.net/fhir/ihe.formatcode.fhir/CodeSystem/formatcode")
            == CodeSystems.iheFormatCode.oid)
        #expect(CodeSystems.oid(forURI: "urn:oid:1.2.250.1.213.1.4.8") == "1.2.250.1.213.1.4.8")
        #expect(CodeSystems.oid(forURI: "urn:oid:") == nil)
        #expect(CodeSystems.oid(forURI: "http://example.org/unknown") == nil)
        #expect(CodeSystems.uri(forOID: "1.2.3.4") == nil)
    }

    @Test("OIDs and URIs are unique across the registry")
    func unique() {
        let oids = CodeSystems.all.map(\.oid)
        let uris = CodeSystems.all.compactMap(\.uri)
        #expect(Set(oids).count == oids.count)
        #expect(Set(uris).count == uris.count)
    }

    @Test("every system used by a bundled value set is registered, so FHIR mapping never loses it",
          arguments: ValueSetID.all)
    func valueSetSystemsRegistered(_ id: ValueSetID) {
        let valueSet = Terminology.bundled.valueSet(id)
        for coding in valueSet.concepts + valueSet.deprecatedConcepts {
            #expect(CodeSystems.codeSystem(forOID: coding.system) != nil, "\(id): \(coding)")
        }
    }
}
