import DMPCDA
import DMPDomain
import Foundation

/// XDS metadata read from a CDA header, for imports where no producer software sent any.
/// Every value comes from the header; what a header cannot say comes from `ImportOptions`.
struct CDAMetadataDerivation {
    let header: CDAHeader
    let content: Data
    let fileName: String
    let options: ImportOptions
    let terminology: Terminology

    /// The INS identifiers of recordTarget, in order, skipping the billing NIR (never an INS).
    var patientIdentifiers: [CDAInstanceIdentifier] {
        header.patient.ids.filter { id in
            id.extensionValue != nil && INSAuthority.known.contains { $0.oid == id.root }
        }
    }

    /// The metadata; throws when the header lacks something the registry requires.
    func metadata(for patient: INS) throws(DMPError) -> DocumentMetadata {
        let typeCode = Coding(code: header.code.code, system: header.code.codeSystem ?? "", display: header.code.displayName)
        guard let classCode = terminology.classCodes(forType: typeCode).first else {
            throw DMPError(.unknownCode, "The CDA type \(typeCode.code) is not a DMP typeCode.", element: "typeCode")
        }
        guard let creation = header.effectiveTime.date else {
            throw DMPError(.invalidCDA, "The CDA effectiveTime is not a date.", element: "effectiveTime")
        }
        let level = header.confidentialityCode.map {
            Coding(code: $0.code, system: $0.codeSystem ?? ConfidentialityCode.normal.system, display: $0.displayName)
        } ?? ConfidentialityCode.normal
        return DocumentMetadata(
            uniqueId: CDAConsistency.uniqueId(of: header.id), classCode: classCode, typeCode: typeCode,
            formatCode: CDAFormatCodes.formatCode(for: header),
            healthcareFacilityTypeCode: header.healthcareFacilityTypeCode.map(coding) ?? options.healthcareFacilityTypeCode,
            practiceSettingCode: header.practiceSettingCode.map(coding) ?? options.practiceSettingCode,
            confidentialityCodes: [level], authors: header.authors.map(author),
            legalAuthenticator: header.legalAuthenticator.map(author), creationTime: creation,
            serviceStartTime: header.serviceStart?.date ?? creation, serviceStopTime: header.serviceStop?.date,
            title: header.title ?? (fileName as NSString).deletingPathExtension, comments: nil,
            languageCode: header.languageCode ?? "fr-FR", mimeType: "text/xml", hash: Digest.sha1Hex(content),
            size: Int64(content.count), sourcePatientId: patient.cx, sourcePatientInfo: sourcePatientInfo(patient),
            eventCodes: header.serviceEventCodes.map(coding), referenceIds: [])
    }

    /// uniqueIds of the documents the header says this one replaces.
    var replacedUniqueIds: [String] {
        header.relatedDocuments.filter { $0.typeCode == "RPLC" }.flatMap(\.parentIds).map(CDAConsistency.uniqueId(of:))
    }

    private func coding(_ code: CDACode) -> Coding {
        Coding(code: code.code, system: code.codeSystem ?? "", display: code.displayName)
    }

    private func author(_ party: CDAAuthor) -> Author {
        let idnps = party.ids.first { $0.root == IDNPS.oid }
        let id = idnps ?? party.ids.first
        let person = Author.Person(
            id: id?.extensionValue ?? id?.root, idSystem: id.map { $0.extensionValue == nil ? "" : $0.root },
            family: party.person?.family.first?.value ?? party.deviceName,
            given: party.person?.given.map(\.value).joined(separator: " ").nilIfEmpty)
        let institution = party.organization.flatMap { organization -> Author.Institution? in
            guard let name = organization.name else { return nil }
            let structure = organization.ids.first { $0.root == StructureIdentifier.oid } ?? organization.ids.first
            return Author.Institution(name: name, id: structure?.extensionValue, idSystem: structure?.root)
        }
        return Author(
            person: person, institution: institution, roles: party.functionCode.map { [coding($0)] } ?? [],
            specialties: party.code.map { [coding($0)] } ?? [])
    }

    private func sourcePatientInfo(_ patient: INS) -> [String] {
        var lines = ["PID-3|\(patient.cx)"]
        if let person = header.patient.person {
            let family = person.family.first?.value ?? ""
            let given = person.given.first?.value ?? ""
            lines.append("PID-5|\(family)^\(given)")
        }
        if let birth = header.patient.birthTime?.raw { lines.append("PID-7|\(birth)") }
        if let sex = header.patient.gender?.code { lines.append("PID-8|\(sex)") }
        return lines
    }
}

extension String {
    var nilIfEmpty: String? { isEmpty ? nil : self }
}
