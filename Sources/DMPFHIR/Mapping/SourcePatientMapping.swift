import DMPDomain

/// XDS sourcePatientId / sourcePatientInfo ↔ the contained Patient of
/// `DocumentReference.context.sourcePatientInfo`.
///
/// sourcePatientInfo is kept as PID-style lines (`PID-3|<CX>`, `PID-5|family^given`,
/// `PID-7|yyyyMMdd`, `PID-8|M`), the form the import path writes. Those four fields map to
/// Patient elements and back; other PID fields have no place in the contained Patient and
/// are not written (the registry keeps them).
enum SourcePatientMapping {
    /// The contained Patient for `metadata`, with id `id`.
    static func patient(for metadata: DocumentMetadata, id: String) -> FHIRPatient {
        var patient = FHIRPatient()
        patient.id = id
        var identifiers: [FHIRIdentifier] = []
        for cx in [metadata.sourcePatientId] + lines("PID-3", in: metadata) {
            if let identifier = identifier(fromCX: cx), !identifiers.contains(identifier) { identifiers.append(identifier) }
        }
        patient.identifier = identifiers.nonEmpty
        if let xpn = lines("PID-5", in: metadata).first {
            let parts = xpn.split(separator: "^", omittingEmptySubsequences: false).map(String.init)
            let given = parts.dropFirst().filter { !$0.isEmpty }
            patient.name = [FHIRHumanName(family: parts.first.flatMap { $0.isEmpty ? nil : $0 }, given: Array(given).nonEmpty)]
        }
        if let birth = lines("PID-7", in: metadata).first, birth.count >= 8 {
            let digits = Array(birth)
            patient.birthDate = "\(String(digits[0..<4]))-\(String(digits[4..<6]))-\(String(digits[6..<8]))"
        }
        if let sex = lines("PID-8", in: metadata).first {
            patient.gender = ["M": "male", "F": "female", "O": "other"][sex] ?? "unknown"
        }
        return patient
    }

    /// sourcePatientId (first identifier) and sourcePatientInfo lines of a contained Patient.
    static func source(from patient: FHIRPatient, at path: FHIRPath) throws(FHIRError) -> (id: String, info: [String]) {
        let cxs = (patient.identifier ?? []).compactMap(cx(from:))
        guard let first = cxs.first else {
            throw .missing(path("identifier"), "The source patient needs an identifier with a system and a value (sourcePatientId).")
        }
        var info = cxs.map { "PID-3|\($0)" }
        if let name = patient.name?.first(where: { $0.use == "official" }) ?? patient.name?.first {
            info.append("PID-5|" + ([name.family ?? ""] + (name.given ?? [])).joined(separator: "^"))
        }
        if let birth = patient.birthDate {
            info.append("PID-7|" + birth.replacingOccurrences(of: "-", with: ""))
        }
        if let gender = patient.gender {
            info.append("PID-8|" + (["male": "M", "female": "F", "other": "O"][gender] ?? "U"))
        }
        return (first, info)
    }

    /// `value^^^&<oid>&ISO^NH|PI` for an identifier with an OID system; NH for an INS.
    static func cx(from identifier: FHIRIdentifier) -> String? {
        guard let value = identifier.value, !value.isEmpty,
              let authority = IdentifierMapping.authority(ofSystem: identifier.system), OIDSyntax.isOID(authority)
        else { return nil }
        let type = INSAuthority.known.contains { $0.oid == authority } ? "NH" : "PI"
        return "\(value)^^^&\(authority)&ISO^\(type)"
    }

    /// The identifier of a CX string (`value^^^&oid&ISO^type`).
    static func identifier(fromCX cx: String) -> FHIRIdentifier? {
        let components = cx.split(separator: "^", omittingEmptySubsequences: false).map(String.init)
        guard let value = components.first, !value.isEmpty else { return nil }
        let authority = components.count > 3
            ? components[3].split(separator: "&", omittingEmptySubsequences: false).dropFirst().first.map(String.init)
            : nil
        return IdentifierMapping.identifier(value: value, system: authority)
    }

    private static func lines(_ field: String, in metadata: DocumentMetadata) -> [String] {
        metadata.sourcePatientInfo.compactMap { line in
            line.hasPrefix(field + "|") ? String(line.dropFirst(field.count + 1)) : nil
        }
    }
}
