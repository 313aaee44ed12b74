import DMPDomain
import Testing

@Suite("INS assigning authorities")
struct INSAuthorityTests {
    @Test(arguments: [
        ("1.2.250.1.213.1.4.8", "INS-NIR"),
        ("1.2.250.1.213.1.4.9", "INS-NIA"),
        ("1.2.250.1.213.1.4.10", "INS-NIR-TEST"),
        ("1.2.250.1.213.1.4.11", "INS-NIR-DEMO"),
    ])
    func knownAuthorities(oid: String, typeCode: String) throws {
        let authority = try INSAuthority(oid: oid)
        #expect(authority.oid == oid)
        #expect(authority.fhirTypeCode == typeCode)
        #expect(authority.description == oid)
        #expect(authority.system == "urn:oid:" + oid)
        #expect(INSAuthority.known.contains(authority))
    }

    @Test func staticMembers() {
        #expect(INSAuthority.known == [.nir, .nia, .test, .demo])
        #expect(INSAuthority.billingNIROID == "1.2.250.1.213.1.4.13")
        #expect(INSAuthority.test.isFictitious && INSAuthority.demo.isFictitious)
        #expect(!INSAuthority.nir.isFictitious && !INSAuthority.nia.isFictitious)
    }

    @Test func refusals() {
        #expect(throws: INSError.billingNumberNotINS) { try INSAuthority(oid: "1.2.250.1.213.1.4.13") }
        #expect(throws: INSError.unknownAuthority("1.2.250.1.213.1.4.2")) {
            try INSAuthority(oid: "1.2.250.1.213.1.4.2")
        }
        #expect(throws: INSError.unknownAuthority(" 1.2.250.1.213.1.4.8")) {
            try INSAuthority(oid: " 1.2.250.1.213.1.4.8")
        }
    }

    @Test func fhirSystem() throws {
        #expect(try INSAuthority(system: "urn:oid:1.2.250.1.213.1.4.10") == .test)
        #expect(try INSAuthority(system: "1.2.250.1.213.1.4.9") == .nia)
        #expect(throws: INSError.billingNumberNotINS) { try INSAuthority(system: "urn:oid:1.2.250.1.213.1.4.13") }
    }
}
