import DMPTestSupport
import DMPDomain
import DMPServices
import Foundation

/// People and documents the tests publish.
enum Fixtures {
    /// PAT-TROIS Dominique, test authority, valid key (the patient of most corpus CDA files).
    static let patient = try! INS(matricule: "279035121518989", authorityOID: INSAuthority.test.oid)
    /// Another test patient with a valid key.
    static let otherPatient = makeINS("1850575123456")

    /// A test INS with a valid key for a 13-character body.
    static func makeINS(_ body: String, authority: INSAuthority = .test) -> INS {
        try! INS(matricule: body + NIRKey.compute(body)!, authorityOID: authority.oid)
    }

    static let gpIDNPS = "801234567897"
    static let nurseIDNPS = "899700367917"

    /// The GP who authors the fixture documents (and the corpus VAC-NOTE).
    static let gp = Actor(
        kind: .professional, id: gpIDNPS, displayName: "Dr Médecin Généraliste", professionCode: "10",
        structureId: "1750000018", structureName: "Cabinet du Parc")
    /// Another professional, author of nothing.
    static let nurse = Actor(
        kind: .professional, id: nurseIDNPS, displayName: "Infirmière Libérale", professionCode: "60",
        structureId: "1750000018", structureName: "Cabinet du Parc")
    static let operatorActor = Actor.system("tests")

    static func author(_ idnps: String = gpIDNPS, family: String = "GENERALISTE", given: String = "Jean") -> Author {
        Author(
            person: Author.Person(id: idnps, idSystem: IDNPS.oid, family: family, given: given),
            institution: Author.Institution(name: "Cabinet du Parc", id: "1750000018", idSystem: StructureIdentifier.oid),
            roles: [], specialties: [Coding(code: "G15_10/SM26", system: "1.2.250.1.213.1.1.4.5", display: "Qualifié en médecine générale")])
    }

    static let loinc = "2.16.840.1.113883.6.1"

    /// Coding of a typeCode in LOINC.
    static func type(_ code: String) -> Coding { Coding(code: code, system: loinc) }

    /// A small PDF whose bytes depend on `text`, so that documents differ.
    static func pdf(_ text: String) -> Data {
        Data("%PDF-1.4\n1 0 obj<</Type/Catalog>>endobj\n% \(text)\ntrailer<</Root 1 0 R>>\n%%EOF\n".utf8)
    }

    /// Metadata of a PDF document, consistent with `content`.
    static func pdfMetadata(
        uniqueId: String = OIDs.fromUUID(), content: Data, typeCode: Coding = type("11488-4"),
        title: String = "Compte rendu de consultation", confidentiality: [Coding] = [ConfidentialityCode.normal],
        author: Author = author(), creation: Date = Date(timeIntervalSince1970: 1_700_000_000),
        facility: String = "SA07", practice: String = "AMBULATOIRE", eventCodes: [Coding] = []
    ) -> DocumentMetadata {
        DocumentMetadata(
            uniqueId: uniqueId,
            classCode: Terminology.bundled.classCodes(forType: typeCode).first!,
            typeCode: typeCode,
            formatCode: Coding(code: "urn:ihe:iti:xds-sd:pdf:2008", system: "1.3.6.1.4.1.19376.1.2.3"),
            healthcareFacilityTypeCode: Coding(code: facility, system: "1.2.250.1.71.4.2.4"),
            practiceSettingCode: Coding(code: practice, system: "1.2.250.1.213.1.1.4.9"),
            confidentialityCodes: confidentiality, authors: [author], legalAuthenticator: author,
            creationTime: creation, serviceStartTime: creation, serviceStopTime: creation.addingTimeInterval(3600),
            title: title, comments: nil, languageCode: "fr-FR", mimeType: "application/pdf",
            hash: Digest.sha1Hex(content), size: Int64(content.count), sourcePatientId: patient.cx,
            sourcePatientInfo: ["PID-3|\(patient.cx)"], eventCodes: eventCodes, referenceIds: [])
    }

    /// A PDF document ready to publish.
    static func pdfDocument(
        _ text: String = UUID().uuidString, typeCode: Coding = type("11488-4"), title: String = "Compte rendu de consultation",
        confidentiality: [Coding] = [ConfidentialityCode.normal], author: Author = author(),
        creation: Date = Date(timeIntervalSince1970: 1_700_000_000), facility: String = "SA07", practice: String = "AMBULATOIRE",
        eventCodes: [Coding] = [], replaces: DocumentTarget? = nil
    ) -> DocumentSubmission {
        let content = pdf(text)
        return DocumentSubmission(
            metadata: pdfMetadata(
                content: content, typeCode: typeCode, title: title, confidentiality: confidentiality, author: author,
                creation: creation, facility: facility, practice: practice, eventCodes: eventCodes),
            content: content, replaces: replaces)
    }

    /// A submission of `documents` for `patient`.
    static func submission(_ documents: [DocumentSubmission], for patient: INS = patient) -> Submission {
        Submission(
            patient: patient, uniqueId: OIDs.fromUUID(), sourceId: "1.2.250.1.999.1.1", title: "Lot",
            contentTypeCode: Coding(code: "SA07", system: "1.2.250.1.71.4.2.4"), authors: [author()], documents: documents)
    }
}
