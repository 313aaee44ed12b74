import Foundation

/// The key of a patient's record in every store: `<INS authority OID>|<matricule>`.
///
/// Every patient-scoped row and query carries it, so that the schema can be sharded by
/// patient. It is opaque outside the domain: logs print `PatientKey.opaque`, never the INS.
public struct PatientKey: Hashable, Sendable, Codable, CustomStringConvertible {
    /// The stored form, `<oid>|<matricule>`.
    public let rawValue: String

    /// Wraps a stored key as read back from a store.
    public init(rawValue: String) { self.rawValue = rawValue }

    /// The key of the record of the person identified by `ins`.
    public init(_ ins: INS) { self.rawValue = "\(ins.authority.oid)|\(ins.matricule)" }

    /// A short non-reversible tag, safe for logs (logs never carry health identifiers).
    public var opaque: String { Digest.sha256Hex(Data(rawValue.utf8)).prefix(12).description }

    /// The INS this key was made from, without validating its key digits again.
    public var ins: (authorityOID: String, matricule: String) {
        let parts = rawValue.split(separator: "|", maxSplits: 1).map(String.init)
        return (parts.first ?? "", parts.count > 1 ? parts[1] : "")
    }

    public var description: String { rawValue }
}

/// Registry identifier of one metadata version of a DocumentEntry, SubmissionSet or Folder
/// (XDS `entryUUID`, FHIR `id`). New at every new version and every metadata change.
public struct EntryUUID: Hashable, Sendable, Codable, CustomStringConvertible {
    /// Lower-case UUID text.
    public let rawValue: String
    /// Wraps stored text.
    public init(rawValue: String) { self.rawValue = rawValue.lowercased() }
    /// A fresh random identifier.
    public static func make() -> EntryUUID { EntryUUID(rawValue: UUID().uuidString) }
    public var description: String { rawValue }
}

/// Registry identifier stable across metadata changes of one document version (XDS
/// `logicalId`, FHIR `identifier`).
public struct LogicalID: Hashable, Sendable, Codable, CustomStringConvertible {
    /// Lower-case UUID text.
    public let rawValue: String
    /// Wraps stored text.
    public init(rawValue: String) { self.rawValue = rawValue.lowercased() }
    /// A fresh random identifier.
    public static func make() -> LogicalID { LogicalID(rawValue: UUID().uuidString) }
    public var description: String { rawValue }
}

extension PatientKey {
    /// The id of the patient's FHIR `Patient` resource: opaque and stable, derived from the
    /// key so that every adapter computes the same one.
    public var resourceID: String { String(Digest.sha256Hex(Data(rawValue.utf8)).prefix(32)) }
}
