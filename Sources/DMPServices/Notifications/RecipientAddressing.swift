import DMPDomain
import DMPStorage

/// Turns an outbox recipient into an e-mail address.
///
/// The holder's address is the one they gave. A professional is reached by IDNPS through a
/// pattern, e.g. `%IDNPS%@mssante.example`: MSSanté, the secure health messaging system,
/// gives every professional a box derived from their national identifier, and the pattern
/// is configuration (`dmp.notify.professional.address.pattern`) because the domain and the
/// form of that box depend on the operator's messaging gateway.
public struct RecipientAddressing: Sendable, Hashable {
    /// The placeholder the IDNPS replaces.
    public static let idnpsPlaceholder = "%IDNPS%"

    /// The pattern for professionals; nil when none is configured (their messages then fail
    /// permanently, and stay visible in the outbox).
    public let professionalPattern: String?

    /// Creates an addressing scheme.
    public init(professionalPattern: String?) {
        self.professionalPattern = professionalPattern
    }

    /// The address of `recipient`, checked to be a plain `local@domain` (no display name, no
    /// spaces, no line breaks) so that no header or SMTP command can be forged through it.
    public func address(for recipient: OutboxNotification.Recipient) throws(NotificationDeliveryError) -> String {
        let address: String
        switch recipient {
        case .holder(let given):
            address = given.trimmingCharacters(in: .whitespaces)
        case .professional(let idnps):
            guard let professionalPattern, professionalPattern.contains(Self.idnpsPlaceholder) else {
                throw NotificationDeliveryError(permanent: true, "no address pattern is configured for professionals")
            }
            address = professionalPattern.replacingOccurrences(of: Self.idnpsPlaceholder, with: idnps.value)
        }
        guard Self.isPlainAddress(address) else {
            throw NotificationDeliveryError(permanent: true, "the recipient address is not a plain local@domain address")
        }
        return address
    }

    /// A deliberately narrow `addr-spec`: RFC 5322 `atext` dot-atoms on the left, a host
    /// name on the right. Exotic but valid forms (quoted local parts, address literals) are
    /// refused rather than escaped.
    public static func isPlainAddress(_ address: String) -> Bool {
        let parts = address.split(separator: "@", omittingEmptySubsequences: false)
        guard parts.count == 2, address.utf8.count <= 254 else { return false }
        let local = parts[0], domain = parts[1]
        let atextSymbols = Set("!#$%&'*+-/=?^_`{|}~".unicodeScalars)
        let localOK = !local.isEmpty && local.utf8.count <= 64
            && local.split(separator: ".", omittingEmptySubsequences: false).allSatisfy { atom in
                !atom.isEmpty && atom.unicodeScalars.allSatisfy { $0.isASCII && (isAlphanumeric($0) || atextSymbols.contains($0)) }
            }
        let domainOK = domain.split(separator: ".", omittingEmptySubsequences: false).allSatisfy { label in
            !label.isEmpty && label.count <= 63 && !label.hasPrefix("-") && !label.hasSuffix("-")
                && label.unicodeScalars.allSatisfy { $0.isASCII && (isAlphanumeric($0) || $0 == "-") }
        }
        return localOK && domainOK
    }

    private static func isAlphanumeric(_ scalar: Unicode.Scalar) -> Bool {
        ("a"..."z").contains(scalar) || ("A"..."Z").contains(scalar) || ("0"..."9").contains(scalar)
    }
}
