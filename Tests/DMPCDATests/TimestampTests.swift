import DMPCDA
import Foundation
import Testing

@Suite("HL7 timestamps")
struct TimestampTests {
    @Test("Valid timestamps", arguments: [
        ("2024", "2024-01-01T00:00:00Z"),
        ("202402", "2024-02-01T00:00:00Z"),
        ("20240229", "2024-02-29T00:00:00Z"),
        ("19790328", "1979-03-28T00:00:00Z"),
        ("18991231", "1899-12-31T00:00:00Z"),
        ("2015072218-0500", "2015-07-22T23:00:00Z"),
        ("202401041605+0100", "2024-01-04T15:05:00Z"),
        ("20240104160527", "2024-01-04T16:05:27Z"),
        ("20240104160527+0100", "2024-01-04T15:05:27Z"),
        ("20240104160527-0000", "2024-01-04T16:05:27Z"),
        ("20240104160527.123-0230", "2024-01-04T18:35:27.123Z"),
        ("20000229235959+1400", "2000-02-29T09:59:59Z"),
    ])
    func valid(_ raw: String, _ iso: String) throws {
        let timestamp = CDATimestamp(raw)
        #expect(timestamp.raw == raw)
        let date = try #require(timestamp.date)
        let expected = try #require(utc(iso))
        #expect(abs(date.timeIntervalSince(expected)) < 0.0005)
    }

    @Test("Invalid timestamps keep their text and have no date", arguments: [
        "", "abcd", "202", "2024013", "20241301", "20230229", "20240431", "20240104250000", "20240104126000",
        "20240104160527.", "20240104160527+100", "20240104160527+01000", "20240104160527Z", "2024-01-04",
        " 2024", "20240104160527+1500",
    ])
    func invalid(_ raw: String) {
        let timestamp = CDATimestamp(raw)
        #expect(timestamp.raw == raw)
        #expect(timestamp.date == nil)
    }

    @Test("A timestamp is encoded as its raw text")
    func codable() throws {
        let json = try JSONEncoder().encode([CDATimestamp("20240104160527+0100")])
        #expect(String(decoding: json, as: UTF8.self) == #"["20240104160527+0100"]"#)
        let decoded = try JSONDecoder().decode([CDATimestamp].self, from: json)
        #expect(decoded.first?.date == utc("2024-01-04T15:05:27Z"))
    }
}
