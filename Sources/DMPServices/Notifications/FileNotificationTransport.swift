import Foundation

/// Writes each message as an RFC 5322 `.eml` file in a folder: for development and
/// demonstrations, where nobody should receive real mail but the messages must be readable
/// (any mail client opens an `.eml`).
///
/// Files are named `<UTC time of the event>-<notification id>.eml`, so a listing sorts in
/// event order and a retried message overwrites its own file instead of adding a copy.
/// They hold personal data: the folder is created readable by its owner only.
public struct FileNotificationTransport: NotificationTransport {
    /// Where the files go.
    public let folder: URL
    /// The From address written in the files.
    public let from: String

    /// Creates a transport writing into `folder` (created when first needed).
    public init(folder: URL, from: String = "no-reply@dmp.localhost") {
        self.folder = folder
        self.from = from
    }

    /// Writes the message atomically (a temporary file renamed into place), so a reader
    /// never sees half a message. The writes are small; blocking the calling thread for one
    /// is acceptable for a development transport.
    public func send(_ message: OutgoingMessage) async throws {
        try FileManager.default.createDirectory(
            at: folder, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
        let data = Data(MailMessage.render(message, from: from).utf8)
        try data.write(to: folder.appendingPathComponent(fileName(message)), options: .atomic)
    }

    /// The file name of `message`; only `[a-z0-9-]` of the id is kept, so a stored id can
    /// never name a path outside the folder.
    public func fileName(_ message: OutgoingMessage) -> String {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(secondsFromGMT: 0)!
        let c = calendar.dateComponents([.year, .month, .day, .hour, .minute, .second], from: message.date)
        let stamp = String(
            format: "%04d%02d%02dT%02d%02d%02dZ", c.year ?? 0, c.month ?? 0, c.day ?? 0, c.hour ?? 0, c.minute ?? 0,
            c.second ?? 0)
        let id = String(message.id.lowercased().unicodeScalars.filter {
            ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "-"
        }.map(Character.init))
        return "\(stamp)-\(id).eml"
    }
}
