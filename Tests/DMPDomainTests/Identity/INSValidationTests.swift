import DMPDomain
import Testing

@Suite("INS validation")
struct INSValidationTests {
    /// Valid INS from TRAPS.md item 1 and spec 2.1.1, with their authority.
    @Test(arguments: [
        ("279035121518989", INSAuthority.test),  // PAT-TROIS Dominique
        ("277076322082910", INSAuthority.nir),   // NESSI Ruth
        ("253072B07300470", INSAuthority.nir),
        ("253072A07300443", INSAuthority.nir),
        ("295109912611193", INSAuthority.nir),
        ("188102B17295264", INSAuthority.test),  // DMPCONNECT Corsican example
        ("255081416802538", INSAuthority.nia),
    ])
    func acceptsValid(matricule: String, authority: INSAuthority) throws {
        let ins = try INS(matricule: matricule, authorityOID: authority.oid)
        #expect(ins.matricule == matricule)
        #expect(ins.authority == authority)
    }

    @Test("wrong length", arguments: [
        ("", 0), ("29510991261119", 14), ("2951099126111933", 16), ("2 95 10 99 126 111 93", 21),
    ])
    func wrongLength(matricule: String, length: Int) {
        #expect(insError(matricule) == .wrongLength(length))
    }

    @Test("a letter outside positions 6–7 is invalidCharacters", arguments: [
        ("A95109912611193", "position 1"),
        ("2951099126111A3", "position 14"),
        ("295109912611A93", "position 13"),
        ("29510A912611193", "position 6"),
        ("25307A207300470", "position 6"),   // A2: the letter is not after a 2
        ("253072C07300470", "position 7"),   // 2C is no département
        ("253072a07300443", "position 7"),   // lower case is refused, not normalised
        ("2951099126111 3", "position 14"),
        ("29510991261119٣", "position 15"),  // Arabic-Indic digit
    ])
    func invalidCharacters(matricule: String, position: String) throws {
        let error = try #require(insError(matricule))
        guard case .invalidCharacters(let detail) = error else {
            Issue.record("expected invalidCharacters, got \(error)")
            return
        }
        #expect(detail.contains(position), "\(detail)")
    }

    @Test("bad keys name the expected and found key", arguments: [
        ("295109912611199", "93", "99"),  // python-stdnum docstring
        ("221042545611404", "83", "04"),  // CSE-CS8_2025.01.xml
        ("224027511583555", "12", "55"),  // SDM-MR_2024.01_nouveau-ne.xml
        ("123456789012345", "11", "45"),  // every PDSm4DMP example
        ("253072B07300471", "70", "71"),
    ])
    func invalidKey(matricule: String, expected: String, found: String) {
        #expect(insError(matricule) == .invalidKey(expected: expected, found: found))
    }

    @Test("an unknown authority is refused, even with a valid matricule", arguments: [
        "1.2.250.1.213.1.4.2",   // INS-C, obsolete
        "1.2.250.1.213.1.4.12",
        "1.2.250.1.176.1.2",     // Dossier Pharmaceutique
        "urn:oid:1.2.250.1.213.1.4.8",
        "",
    ])
    func unknownAuthority(oid: String) {
        #expect(throws: INSError.unknownAuthority(oid)) {
            try INS(matricule: "277076322082910", authorityOID: oid)
        }
    }

    @Test("the billing NIR OID .4.13 is never an INS (TRAPS.md item 2)")
    func billingNumber() {
        #expect(throws: INSError.billingNumberNotINS) {
            try INS(matricule: "277076322082910", authorityOID: INSAuthority.billingNIROID)
        }
        // Refused as billing even when the matricule is also wrong: that is the real problem.
        #expect(throws: INSError.billingNumberNotINS) {
            try INS(matricule: "123", authorityOID: "1.2.250.1.213.1.4.13")
        }
    }

    @Test("parts of the matricule")
    func accessors() throws {
        let ins = try INS(matricule: "253072B07300470", authorityOID: INSAuthority.nir.oid)
        #expect(ins.sex == "2")
        #expect(ins.birthPlaceCode == "2B073")
        #expect(ins.birthYearDigits == "53")
        #expect(ins.birthMonthDigits == "07")
        #expect(ins.key == "70")
        let overseas = try INS(matricule: "2951097112345" + NIRKey.compute("2951097112345")!,
                               authorityOID: INSAuthority.nir.oid)
        #expect(overseas.birthPlaceCode == "97112")
    }

    @Test("text forms")
    func textForms() throws {
        let ins = try INS(matricule: "255081416802538", authorityOID: "1.2.250.1.213.1.4.8")
        #expect(ins.description == "1.2.250.1.213.1.4.8|255081416802538")
        #expect(ins.cx == "255081416802538^^^&1.2.250.1.213.1.4.8&ISO^NH")
        #expect(ins.fhirToken == "urn:oid:1.2.250.1.213.1.4.8|255081416802538")
    }

    @Test("error descriptions are sentences")
    func descriptions() {
        let errors: [INSError] = [
            .wrongLength(14), .invalidCharacters("'A' at position 1"),
            .invalidKey(expected: "11", found: "45"), .unknownAuthority("1.2.3"), .billingNumberNotINS,
        ]
        for error in errors {
            #expect(error.description.hasSuffix("."), "\(error.description)")
            #expect(error.description.first?.isUppercase == true || error.description.first == "\"")
        }
        #expect(INSError.invalidKey(expected: "11", found: "45").description.contains("11"))
        #expect(INSError.billingNumberNotINS.description.contains("1.2.250.1.213.1.4.13"))
    }
}
