/// An HL7 v3 instance identifier (`II`): an OID or UUID `root`, optionally refined by an `extension`.
///
/// CDA uses the pair to name documents, patients, professionals and organisations. An identifier
/// whose `root` is absent (for example `<id nullFlavor="NI"/>`) carries no identity and is never
/// turned into a `CDAInstanceIdentifier`.
public struct CDAInstanceIdentifier: Sendable, Hashable, Codable {
    /// The assigning authority: an OID (e.g. `1.2.250.1.213.1.4.10`) or a UUID.
    public let root: String
    /// The identifier inside `root` (the XML attribute `extension`), when one is given.
    public let extensionValue: String?

    /// Creates an identifier from its `root` and optional `extension`.
    public init(root: String, extensionValue: String? = nil) {
        self.root = root
        self.extensionValue = extensionValue
    }

    /// The JSON keys mirror the XML attribute names.
    private enum CodingKeys: String, CodingKey {
        case root
        case extensionValue = "extension"
    }
}
