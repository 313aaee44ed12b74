import DMPDomain
import Testing

@Suite("NIR key computation")
struct NIRKeyTests {
    /// Check values of spec 2.1.1 and TRAPS.md item 1 (body → key).
    @Test(arguments: [
        ("2550814168025", "38"),  // spec 2.1.1, betagouv/nir_validate README
        ("188102B172952", "64"),  // spec 2.1.1, Corsican test INS from DMPCONNECT
        ("1881018172952", "64"),  // the same body after 2B → 18
        ("2790351215189", "89"),  // PAT-TROIS Dominique (test OID)
        ("2770763220829", "10"),  // NESSI Ruth
        ("253072B073004", "70"),
        ("253072A073004", "43"),
        ("2951099126111", "93"),
        ("2210425456114", "83"),  // CSE-CS8 example, which carries 04
        ("2240275115835", "12"),  // SDM-MR example, which carries 55
        ("1234567890123", "11"),  // PDSm4DMP examples, which carry 45
    ])
    func knownKeys(body: String, key: String) {
        #expect(NIRKey.compute(body) == key)
    }

    @Test("keys are always two digits, 01 to 97")
    func zeroPaddingAndBounds() {
        #expect(NIRKey.compute("0000000000096") == "01")
        #expect(NIRKey.compute("0000000000097") == "97")
        #expect(NIRKey.compute("0000000000000") == "97")
        #expect(NIRKey.compute("9999999999999") == "83")  // 97 − (9999999999999 mod 97)
    }

    @Test("Corsica: 2A reads as 19 and 2B as 18")
    func corsicanSubstitution() {
        #expect(NIRKey.compute("253072A073004") == NIRKey.compute("2530719073004"))
        #expect(NIRKey.compute("253072B073004") == NIRKey.compute("2530718073004"))
    }

    @Test("not computable: wrong length, letters elsewhere, lower case, Unicode digits", arguments: [
        "",
        "255081416802",         // 12
        "25508141680253",       // 14
        "2A50814168025",        // 2A at positions 2-3
        "25308141682A5",        // 2A at positions 11-12
        "25307A2073004",        // A2 instead of 2A
        "253072C073004",        // 2C is no département
        "253072a073004",        // lower-case Corsica
        "25508141680٢5",        // Arabic-Indic digit
        "2550814 68025",
    ])
    func notComputable(body: String) {
        #expect(NIRKey.compute(body) == nil)
    }
}
