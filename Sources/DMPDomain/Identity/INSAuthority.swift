import Foundation

/// Assigning authority of an INS matricule.
///
/// A struct with `static let` members rather than an enum, as for every code set in the
/// domain; unlike most of them, `init(oid:)` refuses anything but the four authorities
/// of spec 2.1.2, because the DMP is keyed by INS and a wrong namespace would open or
/// join the wrong record.
public struct INSAuthority: Hashable, Sendable, Codable, CustomStringConvertible {
    /// The authority's OID, e.g. `1.2.250.1.213.1.4.8`.
    public let oid: String

    /// INS-NIR: the person's own NIR (production).
    public static let nir = INSAuthority(uncheckedOID: "1.2.250.1.213.1.4.8")
    /// INS-NIA: temporary number of a person born abroad and not yet certified.
    public static let nia = INSAuthority(uncheckedOID: "1.2.250.1.213.1.4.9")
    /// INS-NIR of fictitious test patients.
    public static let test = INSAuthority(uncheckedOID: "1.2.250.1.213.1.4.10")
    /// INS-NIR of fictitious demonstration patients.
    public static let demo = INSAuthority(uncheckedOID: "1.2.250.1.213.1.4.11")

    /// The four INS authorities, production first.
    public static let known: [INSAuthority] = [.nir, .nia, .test, .demo]

    /// OID of the NIR used for billing (the "ouvrant droit", often a parent). Found in real
    /// documents next to the INS; it is never an INS (TRAPS.md item 2).
    public static let billingNIROID = "1.2.250.1.213.1.4.13"

    /// FHIR `Identifier.type` code (fr-core-cs-v2-0203) of identifiers in this namespace.
    public var fhirTypeCode: String {
        switch oid {
        case Self.nir.oid: return "INS-NIR"
        case Self.nia.oid: return "INS-NIA"
        case Self.test.oid: return "INS-NIR-TEST"
        default: return "INS-NIR-DEMO"
        }
    }

    /// FHIR `Identifier.system`: `urn:oid:<oid>`.
    public var system: String { "urn:oid:\(oid)" }

    /// True for the test and demo authorities, whose patients are fictitious: a production
    /// deployment can use it to keep them out.
    public var isFictitious: Bool { self == .test || self == .demo }

    /// The OID, as written in CX.4 and in `Identifier.system` after `urn:oid:`.
    public var description: String { oid }

    /// Accepts exactly one of the four INS OIDs.
    /// - Throws: `INSError.billingNumberNotINS` for `1.2.250.1.213.1.4.13`,
    ///   `INSError.unknownAuthority` for anything else.
    public init(oid: String) throws(INSError) {
        if oid == Self.billingNIROID { throw .billingNumberNotINS }
        guard let match = Self.known.first(where: { $0.oid == oid }) else {
            throw .unknownAuthority(oid)
        }
        self = match
    }

    /// Accepts a FHIR `Identifier.system` (`urn:oid:<oid>`); a bare OID is accepted too
    /// because CDA and XDS carry it without the scheme.
    public init(system: String) throws(INSError) {
        let prefix = "urn:oid:"
        try self.init(oid: system.hasPrefix(prefix) ? String(system.dropFirst(prefix.count)) : system)
    }

    private init(uncheckedOID: String) { oid = uncheckedOID }

    /// Decodes the bare OID string and validates it, so that no unknown namespace enters
    /// through JSON either.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        let raw = try container.decode(String.self)
        do {
            try self.init(oid: raw)
        } catch {
            throw DecodingError.dataCorruptedError(
                in: container, debugDescription: error.description)
        }
    }

    /// Encodes the bare OID string.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(oid)
    }
}
