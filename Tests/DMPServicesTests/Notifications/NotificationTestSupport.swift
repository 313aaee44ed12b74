import DMPDomain
import DMPServices
import DMPStorage
import Foundation
import Synchronization

/// People, actors and helpers of the notification tests.
enum NotificationFixtures {
    /// The holder's e-mail address.
    static let holderAddress = "holder@example.org"
    /// How professionals are addressed.
    static let pattern = "%IDNPS%@mssante.example"
    /// The médecin traitant: the GP of the shared fixtures.
    static let attendingPhysician = try! IDNPS(Fixtures.gpIDNPS)
    /// The IDNPS of the emergency physician.
    static let urgentistIDNPS = "810000000042"

    /// An emergency physician breaking the glass, with a reason written over two lines.
    static let urgentist = Actor(
        kind: .professional, id: urgentistIDNPS, displayName: "Dr Claire Urgence", professionCode: "10",
        structureId: "1750000026", structureName: "CHU de Reims — Urgences", accessMode: .breakTheGlass,
        accessReason: "Patient inconscient\naux urgences")

    /// A SAMU regulating physician.
    static let regulator = Actor(
        kind: .professional, id: "810000000043", displayName: "Dr Paul Régulation", professionCode: "10",
        structureName: "SAMU 51", accessMode: .centre15)

    /// The record every test uses.
    static var key: PatientKey { PatientKey(Fixtures.patient) }

    /// Queues the notifications of `trigger` for the fixture patient in one transaction.
    static func enqueue(
        _ dmp: TestDMP, _ trigger: NotificationTrigger, holderAddress: String? = holderAddress,
        attendingPhysician: IDNPS? = attendingPhysician, preferences: NotificationPreferences = .defaults
    ) async throws {
        try await dmp.store.transaction { tx in
            try await dmp.services.enqueueNotifications(
                tx, patient: key, for: trigger, holderAddress: holderAddress, attendingPhysician: attendingPhysician,
                preferences: preferences)
        }
    }

    /// The outbox of the fixture patient.
    static func outbox(_ dmp: TestDMP) async throws -> [OutboxNotification] {
        try await dmp.store.transaction { tx in try await tx.notifications(key) }
    }

    /// A sender over `dmp`'s store and clock.
    static func sender(
        _ dmp: TestDMP, transport: any NotificationTransport, retry: NotificationRetryPolicy = NotificationRetryPolicy()
    ) -> NotificationSender {
        let clock = dmp.clock
        return NotificationSender(
            store: dmp.store, transport: transport, addressing: RecipientAddressing(professionalPattern: pattern),
            settings: NotificationSender.Settings(interval: .milliseconds(20), retry: retry), clock: { clock.now })
    }
}

/// A transport that keeps what it was given and fails on demand.
final class RecordingTransport: NotificationTransport {
    private let state = Mutex<(messages: [OutgoingMessage], failure: (any Error)?)>(([], nil))

    /// A transport that accepts everything, or fails every time with `failure`.
    init(failingWith failure: (any Error)? = nil) {
        state.withLock { $0.failure = failure }
    }

    /// What it was asked to send, in order.
    var messages: [OutgoingMessage] { state.withLock { $0.messages } }

    /// Records `message`, then fails if told to.
    func send(_ message: OutgoingMessage) async throws {
        try state.withLock { state in
            state.messages.append(message)
            if let failure = state.failure { throw failure }
        }
    }
}

/// A parsed `.eml` file or DATA section: unfolded headers, decoded subject and body.
struct ParsedMail {
    /// Header values by name, folded lines joined.
    let headers: [String: String]
    /// The decoded Subject.
    let subject: String
    /// The decoded body, `\n` line breaks.
    let body: String

    /// Parses `raw` (CRLF line breaks).
    init(_ raw: String) {
        let parts = raw.components(separatedBy: "\r\n\r\n")
        var headers: [String: String] = [:]
        var lastName = ""
        for line in parts[0].components(separatedBy: "\r\n") {
            if line.hasPrefix(" "), !lastName.isEmpty {
                headers[lastName, default: ""] += line
            } else if let colon = line.firstIndex(of: ":") {
                lastName = String(line[..<colon])
                headers[lastName] = String(line[line.index(after: colon)...]).trimmingCharacters(in: .whitespaces)
            }
        }
        self.headers = headers
        self.subject = Self.decodeWords(headers["Subject"] ?? "")
        self.body = Self.decodeQuotedPrintable(parts.dropFirst().joined(separator: "\r\n\r\n"))
    }

    /// RFC 2047 base64 words, separated by folding white space.
    static func decodeWords(_ text: String) -> String {
        guard text.hasPrefix("=?") else { return text }
        let bytes = text.split(separator: " ").flatMap { word -> [UInt8] in
            let payload = word.replacingOccurrences(of: "=?utf-8?B?", with: "").replacingOccurrences(of: "?=", with: "")
            return Array(Data(base64Encoded: payload) ?? Data())
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Quoted-printable to text with `\n` line breaks.
    static func decodeQuotedPrintable(_ text: String) -> String {
        let joined = Array(text.replacingOccurrences(of: "=\r\n", with: "").utf8)
        var bytes: [UInt8] = []
        var index = 0
        while index < joined.count {
            if joined[index] == UInt8(ascii: "="), index + 2 < joined.count,
               let value = UInt8(String(decoding: joined[index + 1...index + 2], as: UTF8.self), radix: 16) {
                bytes.append(value)
                index += 3
            } else {
                bytes.append(joined[index])
                index += 1
            }
        }
        return String(decoding: bytes, as: UTF8.self).replacingOccurrences(of: "\r\n", with: "\n")
    }
}
