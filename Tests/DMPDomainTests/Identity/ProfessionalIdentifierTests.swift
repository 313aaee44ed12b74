import DMPDomain
import Testing

@Suite("Professional identifiers: IDNPS, RPPS, ADELI")
struct ProfessionalIdentifierTests {
    @Test("IDNPS accepted", arguments: [
        "810003461033",                         // spec 2.2 example (8 + RPPS)
        "899700367917",                         // ANS test CPS card
        "801234567897",                         // PDSm examples
        "00B1057294",                           // 0 + ADELI with a letter (ANS CR-BIO example)
        "518003502400041/1.2.250.1.215.1.2",    // 5 + SIRET / internal id (ANS CNAM-HR example)
        "3750712184/12345",                     // 3 + FINESS / internal id
        "01",                                   // shortest value the PSIdNat regex accepts
        "81234567890123456789",                 // 20 digits
    ])
    func idnpsAccepted(value: String) throws {
        let idnps = try IDNPS(value)
        #expect(idnps.value == value)
        #expect(idnps.description == value)
        #expect(IDNPS.oid == "1.2.250.1.71.4.2.1")
    }

    @Test("IDNPS refused", arguments: [
        "",
        "8",                                    // prefix alone
        "2123456789",                           // 2 is not a PS prefix
        "7123456789",
        "9123456789",
        "A123456789",
        "810003461033 ",                        // trailing space
        "81000346103a",                         // lower case
        "8100034610/33",                        // prefix 8 carries no internal id
        "0B105729/1",                           // nor does prefix 0
        "3750712184/",                          // empty internal id
        "3750712184/ab c",                      // space in internal id
        "8" + String(repeating: "1", count: 64), // 65 characters
        "8١٢٣",                                 // Arabic-Indic digits
    ])
    func idnpsRefused(value: String) {
        guard case .invalidIDNPS(let rejected, let reason)? = identityError(IDNPS.init, value) else {
            Issue.record("\"\(value)\" should be refused as an IDNPS")
            return
        }
        #expect(rejected == value)
        #expect(!reason.isEmpty)
    }

    @Test("IDNPS exposes its RPPS or ADELI base")
    func idnpsBases() throws {
        #expect(try IDNPS("810003461033").rpps == "10003461033")
        #expect(try IDNPS("899700367917").rpps == "99700367917")
        #expect(try IDNPS("899700367917").adeli == nil)
        #expect(try IDNPS("81000346103").rpps == nil)      // 10 digits
        #expect(try IDNPS("8100034610334").rpps == nil)    // 12 digits
        #expect(try IDNPS("00B1057294").adeli == "0B1057294")
        #expect(try IDNPS("00B1057294").rpps == nil)
        #expect(try IDNPS("00B105729").adeli == nil)       // 8 characters
        #expect(try IDNPS("3750712184/12345").prefix == "3")
    }

    @Test("RPPS accepted (11 digits, Luhn key)", arguments: [
        "99700367917",   // in the ANS test card IDNPS 899700367917
        "10002422979",   // in the ANS CR-BIO example IDNPS 810002422979
        "10005173140",
        "10000001015",
    ])
    func rppsAccepted(value: String) throws {
        let rpps = try RPPS(value)
        #expect(rpps.value == value)
        #expect(rpps.idnps.value == "8" + value)
        #expect(rpps.idnps.rpps == value)
        #expect(RPPS.system == "https://rpps.esante.gouv.fr")
    }

    @Test("RPPS refused", arguments: [
        ("10003461033", "Luhn"),     // spec 2.2 example value: fictitious, wrong key
        ("99700367918", "Luhn"),
        ("1000346103", "11 digits"),
        ("100034610330", "11 digits"),
        ("1000346103A", "digits only"),
        ("", "11 digits"),
    ])
    func rppsRefused(value: String, reasonFragment: String) {
        guard case .invalidRPPS(_, let reason)? = identityError(RPPS.init, value) else {
            Issue.record("\"\(value)\" should be refused as an RPPS")
            return
        }
        #expect(reason.contains(reasonFragment), "\(reason)")
    }

    @Test("ADELI accepted and refused")
    func adeli() throws {
        let adeli = try ADELI("0B1057294")
        #expect(adeli.idnps.value == "00B1057294")
        #expect(adeli.idnps.adeli == "0B1057294")
        #expect(try ADELI("751234567").value == "751234567")
        #expect(ADELI.system == "https://adeli.esante.gouv.fr")
        for bad in ["75123456", "7512345678", "75123456b", "7512 4567", ""] {
            guard case .invalidADELI? = identityError(ADELI.init, bad) else {
                Issue.record("\"\(bad)\" should be refused as an ADELI")
                continue
            }
        }
    }
}
