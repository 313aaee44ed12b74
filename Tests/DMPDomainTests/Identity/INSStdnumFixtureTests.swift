import DMPDomain
import Testing

/// NIR examples ported from python-stdnum.
///
/// Source: python-stdnum 2.2, module `stdnum/fr/nir.py`, docstring doctests (the package
/// ships no `tests/test_fr_nir*.doctest`; upstream has none either). The last six come from
/// python-stdnum 2.x output quoted in OCA/l10n-france pull request #407 (`validate(...)`
/// calls on `1951099126...` numbers), re-checked with python-stdnum 2.2.
///
/// One deliberate difference: `validate('2 95 10 99 126 111 93')` compacts the spaces;
/// an INS is exchanged in compact form only, so `INS` refuses the spaced form.
@Suite("python-stdnum NIR fixtures")
struct INSStdnumFixtureTests {
    /// What python-stdnum says of a number.
    enum Verdict: Sendable {
        case valid
        case invalidChecksum
        case invalidFormat
        case invalidLength
    }

    @Test(arguments: [
        ("295109912611193", Verdict.valid),            // '2 95 10 99 126 111 93' compacted
        ("295109912611199", Verdict.invalidChecksum),
        ("253072B07300470", Verdict.valid),
        ("253072A07300443", Verdict.valid),
        ("253072C07300443", Verdict.invalidFormat),
        ("6546546546546703", Verdict.invalidLength),
        ("195109912611146", Verdict.valid),            // OCA/l10n-france#407
        ("195109912622232", Verdict.valid),
        ("195109912633318", Verdict.valid),
        ("195109912611151", Verdict.invalidChecksum),
        ("195109912611252", Verdict.invalidChecksum),
        ("195109912617215", Verdict.invalidChecksum),
    ])
    func stdnumExample(number: String, verdict: Verdict) {
        let error = insError(number)
        switch (verdict, error) {
        case (.valid, nil): break
        case (.invalidChecksum, .invalidKey?): break
        case (.invalidFormat, .invalidCharacters?): break
        case (.invalidLength, .wrongLength?): break
        default: Issue.record("python-stdnum says \(verdict) for \(number), INS gave \(String(describing: error))")
        }
    }

    @Test("the spaced docstring form is refused: INS takes the compact form only")
    func spacedFormRefused() {
        #expect(insError("2 95 10 99 126 111 93") == .wrongLength(21))
    }
}
