import DMPFHIR
import Foundation
import Testing

/// FHIR date/dateTime parsing and instant formatting.
@Suite("FHIR dates")
struct DateTimeTests {
    @Test("Precisions and intervals")
    func precisions() throws {
        let utc = try #require(TimeZone(secondsFromGMT: 0))
        let year = try #require(FHIRDateTime("2024", zone: utc))
        #expect(year.precision == .year)
        #expect(year.end.timeIntervalSince(year.start) == 366 * 86_400)
        let instant = try #require(FHIRDateTime("2024-11-20T10:30:15.5+01:00"))
        #expect(FHIRDateTime.format(instant.start) == "2024-11-20T09:30:15.500Z")
        #expect(abs(instant.end.timeIntervalSince(instant.start) - 0.1) < 1e-6)
        #expect(FHIRDateTime.format(try #require(FHIRDateTime("2026-06-12T10:00:00+02:00")).start) == "2026-06-12T08:00:00Z")
    }

    @Test("Invalid values are refused", arguments: ["", "24", "2024-1", "2024-02-30", "2024-11-20T25:00Z", "2024-11-20T10:00+1", "2024-11-20 10:00Z", "2024-11-20T10:00:00Zx"])
    func invalid(text: String) {
        #expect(FHIRDateTime(text) == nil)
    }
}
