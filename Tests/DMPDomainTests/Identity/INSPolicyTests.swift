import DMPDomain
import Testing

@Suite("INS validation policy")
struct INSPolicyTests {
    private let relaxed = INSValidationPolicy(acceptInvalidKeyForTestAuthority: true)

    @Test("strict is the default and refuses a bad key for test patients too")
    func strictByDefault() {
        #expect(INSValidationPolicy.strict.acceptInvalidKeyForTestAuthority == false)
        #expect(INSValidationPolicy() == .strict)
        #expect(insError("123456789012345", .test) == .invalidKey(expected: "11", found: "45"))
    }

    @Test("relaxed accepts a bad key for the test authority .10")
    func relaxedAcceptsTestAuthority() throws {
        let ins = try INS(matricule: "123456789012345", authorityOID: INSAuthority.test.oid, policy: relaxed)
        #expect(ins.authority == .test)
        #expect(ins.matricule == "123456789012345")
    }

    @Test("relaxed still refuses a bad key for .8, .9 and .11", arguments: [
        INSAuthority.nir, INSAuthority.nia, INSAuthority.demo,
    ])
    func relaxedRefusesOthers(authority: INSAuthority) {
        #expect(insError("221042545611404", authority, policy: relaxed)
            == .invalidKey(expected: "83", found: "04"))
    }

    @Test("relaxed only relaxes the key: length and characters still count")
    func relaxedKeepsSyntax() {
        #expect(insError("12345678901234", .test, policy: relaxed) == .wrongLength(14))
        guard case .invalidCharacters? = insError("1234567890123AB", .test, policy: relaxed) else {
            Issue.record("letters in the key must be refused")
            return
        }
    }
}
