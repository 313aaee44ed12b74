import DMPDomain
import DMPFHIR
import Foundation
import Testing

/// DocumentEntry → DocumentReference JSON → read back: the same metadata, every element.
@Suite("DocumentReference mapping")
struct RoundTripTests {
    @Test("Every metadata element survives the round trip through JSON")
    func roundTrip() throws {
        let entry = FHIRFixtures.entry(replaces: EntryUUID(rawValue: "11111111-2222-4333-8444-555555555555"))
        let json = FHIRJSON.encode(FHIRDocumentReference(entry, context: FHIRFixtures.context))
        let decoded = try FHIRJSON.decode(FHIRDocumentReference.self, from: json)
        let (input, content) = try DocumentReferenceInput.read(decoded)
        #expect(content == nil)
        #expect(input.metadata == entry.metadata)
        #expect(input.patient == .resource(PatientResourceID(entry.patientKey)))
        #expect(input.replaces == .entryUUID(EntryUUID(rawValue: "11111111-2222-4333-8444-555555555555")))
    }

    @Test("Registry elements: id, version, identifiers, status, attachment URL and base64 hash")
    func registryElements() throws {
        let entry = FHIRFixtures.entry(version: 3)
        let document = FHIRDocumentReference(entry, context: FHIRFixtures.context)
        #expect(document.id == entry.entryUUID.rawValue)
        #expect(document.meta?.versionId == "3")
        #expect(document.meta?.lastUpdated == "2024-11-21T08:00:00Z")
        #expect(document.meta?.profile == [PDSm.documentReferenceProfile])
        #expect(document.masterIdentifier == FHIRIdentifier(use: "usual", system: "urn:ietf:rfc:3986", value: "urn:oid:1.2.250.1.999.1.2.3"))
        #expect(document.identifier == [FHIRIdentifier(
            use: "official", system: "urn:ietf:rfc:3986", value: "urn:uuid:\(entry.logicalId.rawValue)")])
        #expect(document.status == "current")
        #expect(document.extension == nil)
        #expect(document.subject?.reference == "Patient/\(PatientResourceID(FHIRFixtures.key).rawValue)")
        let attachment = try #require(document.content?.first?.attachment)
        #expect(attachment.url == "https://dmp.test/fhir/Binary/\(entry.entryUUID.rawValue)")
        #expect(attachment.hash.flatMap { Data(base64Encoded: $0) }?.count == 20)
        #expect(attachment.creation == document.date)
        #expect(document.custodian?.reference == "#custodian")
        #expect(document.type?.coding?.first?.system == "http://loinc.org")
        #expect(document.category?.first?.coding?.first?.system == CodeSystems.classeDocument.uri)
        #expect(document.context?.event?.first?.coding?.first?.system == "urn:oid:\(CodeSystems.ccam.oid)")
    }

    @Test("Status: archived is current + isArchived, deprecated is superseded")
    func statuses() {
        let archived = FHIRDocumentReference(FHIRFixtures.entry(status: .archived), context: FHIRFixtures.context)
        #expect(archived.status == "current")
        #expect(archived.extension == [FHIRExtension(url: PDSm.isArchivedExtension, valueBoolean: true)])
        let deprecated = FHIRDocumentReference(FHIRFixtures.entry(status: .deprecated), context: FHIRFixtures.context)
        #expect(deprecated.status == "superseded")
        #expect(deprecated.extension == nil)
    }

    @Test("A UUID uniqueId and a root^extension uniqueId round-trip")
    func uniqueIdForms() throws {
        for uniqueId in ["0e5d3a1c-1b2c-4d3e-8f4a-5b6c7d8e9f00", "1.2.250.1.999.3^ABC-12"] {
            var metadata = FHIRFixtures.fullMetadata()
            metadata.uniqueId = uniqueId
            let document = FHIRDocumentReference(FHIRFixtures.entry(metadata), context: FHIRFixtures.context)
            #expect(try DocumentReferenceInput.read(document).input.metadata.uniqueId == uniqueId)
        }
    }

    @Test("JSON output carries no null, no empty array and no empty object; resourceType first")
    func noEmptyElements() throws {
        var metadata = FHIRFixtures.fullMetadata()
        metadata.comments = nil
        metadata.eventCodes = []
        metadata.referenceIds = []
        metadata.serviceStopTime = nil
        metadata.legalAuthenticator = nil
        let json = FHIRJSON.encode(FHIRDocumentReference(FHIRFixtures.entry(metadata), context: FHIRFixtures.context))
        let text = try #require(String(data: json, encoding: .utf8))
        #expect(text.hasPrefix(#"{"resourceType":"DocumentReference""#))
        #expect(!text.contains("null") && !text.contains("[]") && !text.contains("{}"))
        #expect(!text.contains(#""event""#) && !text.contains(#""related""#) && !text.contains(#""authenticator""#))
    }

    @Test("Patient of a record: INS identifier with fr-core type, traits, active")
    func patient() throws {
        let traits = INSTraits(
            birthName: "PAT-TROIS", birthGivenNames: ["Dominique", "Marie"], sex: .female, birthDate: "1979-03-05",
            birthPlaceCode: "63220", status: .qualified)
        let record = Record.created(key: FHIRFixtures.key, at: Date(timeIntervalSince1970: 0), traits: traits)
        let patient = FHIRPatient(record)
        #expect(patient.id == PatientResourceID(FHIRFixtures.key).rawValue)
        #expect(patient.id?.count == 32)
        let identifier = try #require(patient.identifier?.first)
        #expect(identifier.system == "urn:oid:1.2.250.1.213.1.4.10")
        #expect(identifier.value == "279035121518989")
        #expect(identifier.type?.coding?.first?.code == "INS-NIR-TEST")
        #expect(identifier.type?.coding?.first?.system == "https://hl7.fr/ig/fhir/core/CodeSystem/fr-core-cs-v2-0203")
        #expect(patient.active == true)
        #expect(patient.gender == "female")
        #expect(patient.birthDate == "1979-03-05")
        #expect(patient.name?.first?.family == "PAT-TROIS")
        #expect(patient.name?.first?.given == ["Dominique"])
        #expect(patient.name?.first?.extension?.first?.valueString == "Dominique Marie")
        let closed = try record.closed(reason: "test", at: Date(timeIntervalSince1970: 10), retention: .legal)
        #expect(FHIRPatient(closed).active == false)
    }

    @Test("SubmissionSet and Folder Lists")
    func lists() {
        let set = SubmissionSet(
            entryUUID: EntryUUID(rawValue: "aaaaaaaa-1111-4111-8111-111111111111"), uniqueId: "1.2.250.1.999.9",
            sourceId: "1.2.250.1.999.42", submissionTime: Instant.at("2024-11-21T08:00:00Z"), title: "Lot",
            comments: "Envoi", contentTypeCode: Coding(code: "SA07", system: CodeSystems.secteurActivite.oid),
            authors: FHIRFixtures.fullMetadata().authors.prefix(1).map { $0 }, patientKey: FHIRFixtures.key,
            memberEntryUUIDs: [EntryUUID(rawValue: "bbbbbbbb-1111-4111-8111-111111111111")])
        let list = FHIRList(set, context: FHIRFixtures.context)
        #expect(list.code?.coding?.first == FHIRCoding(system: MHD.listTypes, code: "submissionset", display: "Submission Set"))
        #expect(list.identifier?.first == FHIRIdentifier(use: "usual", system: "urn:ietf:rfc:3986", value: "urn:oid:1.2.250.1.999.9"))
        #expect(list.identifier?.last?.use == "official")
        #expect(list.extension?.first { $0.url == MHD.sourceIdExtension }?.valueIdentifier?.value == "urn:oid:1.2.250.1.999.42")
        #expect(list.entry?.first?.item?.reference == "DocumentReference/bbbbbbbb-1111-4111-8111-111111111111")
        #expect(list.source?.reference == "#author-1-role")
        #expect(list.note?.first?.text == "Envoi")

        let folder = Folder(
            entryUUID: EntryUUID(rawValue: "cccccccc-1111-4111-8111-111111111111"),
            logicalId: LogicalID(rawValue: "dddddddd-1111-4111-8111-111111111111"), version: 2, uniqueId: "1.2.250.1.999.10",
            title: "Suivi", comments: nil, codes: [Coding(code: "SA07", system: CodeSystems.secteurActivite.oid)],
            lastUpdateTime: Instant.at("2024-11-21T08:00:00Z"), patientKey: FHIRFixtures.key,
            memberLogicalIds: [LogicalID(rawValue: "eeeeeeee-1111-4111-8111-111111111111")])
        let folderList = FHIRList(folder, context: FHIRFixtures.context)
        #expect(folderList.code?.coding?.first?.code == "folder")
        #expect(folderList.meta?.versionId == "2")
        #expect(folderList.entry?.first?.item?.identifier?.value == "urn:uuid:eeeeeeee-1111-4111-8111-111111111111")
        let literal = FHIRList(folder, members: [EntryUUID(rawValue: "ffffffff-1111-4111-8111-111111111111")], context: FHIRFixtures.context)
        #expect(literal.entry?.first?.item?.reference == "DocumentReference/ffffffff-1111-4111-8111-111111111111")
    }
}
