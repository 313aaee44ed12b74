import DMPDomain
import Foundation
import Testing

/// Cross-check of `NIRKey` and `INS` against an independent implementation,
/// python-stdnum's `stdnum.fr.nir`, on ~300 seeded random numbers.
///
/// CI installs python-stdnum; a machine without it fails this test on purpose, so that a
/// missing tool is never mistaken for a pass. `DMP_SKIP_EXTERNAL_CHECKS=1` skips it.
@Suite("python-stdnum cross-check")
struct INSStdnumCrossCheckTests {
    private static let skipExternalChecks =
        ProcessInfo.processInfo.environment["DMP_SKIP_EXTERNAL_CHECKS"] == "1"

    /// Takes NIRs as arguments; prints, per number, python-stdnum's key of the body and its
    /// verdict on the whole number.
    private static let script = """
        import sys
        from stdnum.fr import nir
        for number in sys.argv[1:]:
            print(nir.calc_check_digits(number[:13]), 'valid' if nir.is_valid(number) else 'invalid')
        """

    @Test(
        "NIRKey and INS agree with python-stdnum",
        .enabled(if: !skipExternalChecks, "DMP_SKIP_EXTERNAL_CHECKS=1")
    )
    func agreesWithStdnum() throws {
        let probe = try StdnumPythonRunner.run(arguments: ["-c", "import stdnum.fr.nir"])
        guard probe.status == 0 else {
            Issue.record("""
                python-stdnum is not available (python3 -c "import stdnum.fr.nir" exited with \
                \(probe.status): \(probe.standardError.trimmingCharacters(in: .whitespacesAndNewlines))). \
                Install it with `pip install python-stdnum`, or set DMP_SKIP_EXTERNAL_CHECKS=1 to skip \
                this external check.
                """)
            return
        }

        let cases = Self.makeCases()
        let result = try StdnumPythonRunner.run(arguments: ["-c", Self.script] + cases.map(\.number))
        try #require(result.status == 0, "python-stdnum failed: \(result.standardError)")
        let lines = result.standardOutput.split(separator: "\n")
        try #require(lines.count == cases.count, "python-stdnum answered \(lines.count) of \(cases.count) numbers")

        for (testCase, line) in zip(cases, lines) {
            let fields = line.split(separator: " ")
            try #require(fields.count == 2, "unexpected python-stdnum line: \(line)")
            #expect(NIRKey.compute(testCase.body) == String(fields[0]), "key of \(testCase.body)")
            let accepted = insError(testCase.number) == nil
            #expect(accepted == (fields[1] == "valid"), "verdict on \(testCase.number)")
            #expect(accepted == !testCase.tampered, "INS verdict on \(testCase.number)")
        }
    }

    /// One number to check: a body, its key (ours, or a deliberately wrong one).
    private struct Case {
        let body: String
        let number: String
        let tampered: Bool
    }

    /// ~300 bodies from a fixed seed, a quarter of them Corsican, plus edge bodies whose
    /// key is 01 or 97; every other number gets a wrong key.
    private static func makeCases() -> [Case] {
        var generator = SplitMix64(seed: 0x444D_5049_4E53)  // "DMPINS"
        var bodies = ["0000000000096", "0000000000097", "0000000000000", "9999999999999"]
        for index in 0..<300 {
            var characters = (0..<13).map { _ in String(generator.next() % 10) }
            if index % 4 == 0 {
                characters[5] = "2"
                characters[6] = generator.next() % 2 == 0 ? "A" : "B"
            }
            bodies.append(characters.joined())
        }
        return bodies.enumerated().map { index, body in
            // Computable by construction: 13 digits, or 2A/2B at positions 6–7.
            let key = Int(NIRKey.compute(body) ?? "0") ?? 0
            let tampered = index % 2 == 1
            let written = tampered ? key % 97 + 1 : key
            let keyText = written < 10 ? "0\(written)" : "\(written)"
            return Case(body: body, number: body + keyText, tampered: tampered)
        }
    }
}

/// SplitMix64: a tiny seeded generator, so the random numbers are the same on every run
/// and a failure can be reproduced.
private struct SplitMix64: RandomNumberGenerator {
    private var state: UInt64

    init(seed: UInt64) { state = seed }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var value = state
        value = (value ^ (value >> 30)) &* 0xBF58_476D_1CE4_E5B9
        value = (value ^ (value >> 27)) &* 0x94D0_49BB_1331_11EB
        return value ^ (value >> 31)
    }
}
