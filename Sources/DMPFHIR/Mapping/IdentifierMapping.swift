import DMPDomain

/// XDS identifiers ↔ FHIR `Identifier`s.
enum IdentifierMapping {
    /// `urn:uuid:` prefix.
    static let uuidPrefix = "urn:uuid:"

    /// The identifier carrying an XDS uniqueId (MHD/PDSM4DMP annex): an OID or UUID as a URI
    /// (`urn:ietf:rfc:3986`), `root^extension` as system `urn:oid:<root>` + value.
    static func uniqueIdIdentifier(_ uniqueId: String, use: String? = nil) -> FHIRIdentifier {
        if OIDSyntax.isOID(uniqueId) {
            return FHIRIdentifier(use: use, system: FHIRSystems.uri, value: CodingMapping.oidPrefix + uniqueId)
        }
        if OIDSyntax.isUUID(uniqueId) {
            return FHIRIdentifier(use: use, system: FHIRSystems.uri, value: uuidPrefix + uniqueId)
        }
        let parts = uniqueId.split(separator: "^", maxSplits: 1).map(String.init)
        if parts.count == 2, OIDSyntax.isOID(parts[0]) {
            return FHIRIdentifier(use: use, system: CodingMapping.oidPrefix + parts[0], value: parts[1])
        }
        return FHIRIdentifier(use: use, system: uniqueId.contains(":") ? FHIRSystems.uri : nil, value: uniqueId)
    }

    /// The uniqueId an identifier carries (inverse of ``uniqueIdIdentifier(_:use:)``).
    static func uniqueId(from identifier: FHIRIdentifier, at path: FHIRPath) throws(FHIRError) -> String {
        guard let value = identifier.value, !value.isEmpty else { throw .missing(path("value")) }
        if let system = identifier.system, system.hasPrefix(CodingMapping.oidPrefix) {
            return "\(system.dropFirst(CodingMapping.oidPrefix.count))^\(value)"
        }
        return strippingURNScheme(value)
    }

    /// `urn:oid:X` → `X`, `urn:uuid:X` → `X`, anything else unchanged.
    static func strippingURNScheme(_ value: String) -> String {
        for prefix in [CodingMapping.oidPrefix, uuidPrefix] where value.lowercased().hasPrefix(prefix) {
            return String(value.dropFirst(prefix.count))
        }
        return value
    }

    /// A person's or structure's identifier: `urn:oid:` for an OID authority, the system as
    /// is when it is already a URI (RPPS `https://rpps.esante.gouv.fr`).
    static func identifier(value: String?, system: String?, type: String? = nil) -> FHIRIdentifier? {
        guard let value, !value.isEmpty else { return nil }
        let uri = system.flatMap { $0.isEmpty ? nil : CodingMapping.uri(forSystem: $0) }
        let typeConcept = type.map {
            FHIRCodeableConcept(coding: [FHIRCoding(system: FHIRSystems.frCoreIdentifierType, code: $0)])
        }
        return FHIRIdentifier(type: typeConcept, system: uri, value: value)
    }

    /// The XDS authority of an identifier system: the OID of `urn:oid:`, else the URI.
    static func authority(ofSystem system: String?) -> String? {
        guard let system, !system.isEmpty else { return nil }
        return system.hasPrefix(CodingMapping.oidPrefix) ? String(system.dropFirst(CodingMapping.oidPrefix.count)) : system
    }

    /// fr-core type code for identifiers of a known national namespace.
    static func typeCode(forAuthority oid: String?) -> String? {
        switch oid {
        case IDNPS.oid: "IDNPS"
        case StructureIdentifier.oid: "IDNST"
        default: nil
        }
    }

    /// The preferred identifier among `identifiers`: the first in `preferredSystemOID`, else
    /// the first with a value.
    static func preferred(_ identifiers: [FHIRIdentifier]?, systemOID: String) -> FHIRIdentifier? {
        let withValue = (identifiers ?? []).filter { !($0.value ?? "").isEmpty }
        return withValue.first { $0.system == CodingMapping.oidPrefix + systemOID } ?? withValue.first
    }
}
