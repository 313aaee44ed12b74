/// A document author (`author`) or the legal authenticator (`legalAuthenticator`).
///
/// For an author the role is `author/assignedAuthor`; for the legal authenticator it is
/// `legalAuthenticator/assignedEntity`, which has neither `functionCode` nor an authoring device.
public struct CDAAuthor: Sendable, Hashable, Codable {
    /// `author/time` (or `legalAuthenticator/time`, the signature time).
    public let time: CDATimestamp?
    /// `author/functionCode`, when present.
    public let functionCode: CDACode?
    /// The role's `id` elements that carry a `root`, in document order.
    public let ids: [CDAInstanceIdentifier]
    /// The role's `code`: the profession or specialty (e.g. `G15_10/SM03`).
    public let code: CDACode?
    /// The name of `assignedPerson`, when the author is a person.
    public let person: CDAPerson?
    /// `assignedAuthoringDevice/softwareName`, or else its `manufacturerModelName`, when the author is a device.
    public let deviceName: String?
    /// `representedOrganization`, when present.
    public let organization: CDAOrganization?

    /// Creates an author.
    public init(
        time: CDATimestamp? = nil,
        functionCode: CDACode? = nil,
        ids: [CDAInstanceIdentifier] = [],
        code: CDACode? = nil,
        person: CDAPerson? = nil,
        deviceName: String? = nil,
        organization: CDAOrganization? = nil
    ) {
        self.time = time
        self.functionCode = functionCode
        self.ids = ids
        self.code = code
        self.person = person
        self.deviceName = deviceName
        self.organization = organization
    }
}
