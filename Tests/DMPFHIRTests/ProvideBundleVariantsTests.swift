import DMPDomain
import DMPFHIR
import DMPServices
import Foundation
import Testing

/// ITI-65 variants built from the PDSM4DMP bundles: folders, other patch forms, structural errors.
@Suite("ITI-65 variants")
struct ProvideBundleVariantsTests {
    static let submission = "fhir/pdsm4dmp/Bundle-example-td2-iti65-lot-soumission.json"
    static let replacement = "fhir/pdsm4dmp/Bundle-example-td2-1-remplacement.json"

    func failure(_ bundle: FHIRBundle) -> FHIRError? {
        do {
            _ = try ProvideDocumentBundle(bundle)
            return nil
        } catch {
            return error
        }
    }

    static func folderList(items: [FHIRReference]) -> FHIRList {
        var list = FHIRList()
        list.identifier = [FHIRIdentifier(use: "usual", system: "urn:ietf:rfc:3986", value: "urn:oid:1.2.250.1.999.77")]
        list.status = "current"
        list.mode = "working"
        list.title = "Suivi diabète"
        list.code = FHIRCodeableConcept(coding: [FHIRCoding(system: MHD.listTypes, code: "folder")])
        list.subject = FHIRReference(reference: "Patient?identifier=urn:oid:1.2.250.1.213.1.4.8|123456789012345")
        list.extension = [FHIRExtension(
            url: MHD.designationTypeExtension,
            valueCodeableConcept: FHIRCodeableConcept(coding: [FHIRCoding(system: "http://snomed.info/sct", code: "80146002")]))]
        list.entry = items.map { FHIRList.Entry(item: $0) }
        return list
    }

    @Test("A Folder List with a new document and an existing one (by uniqueId)")
    func folder() throws {
        var bundle = try FHIRCorpus.bundle(Self.submission)
        let folder = Self.folderList(items: [
            FHIRReference(reference: "urn:uuid:aaaaaaaa-0000-0000-0000-000000000002"),
            FHIRReference(identifier: FHIRIdentifier(system: "urn:ietf:rfc:3986", value: "urn:oid:1.2.250.1.999.5")),
        ])
        bundle.entry?.append(FHIRBundle.Entry(
            fullUrl: "urn:uuid:aaaaaaaa-0000-0000-0000-000000000009", resource: .list(folder),
            request: FHIRBundle.Request(method: "POST", url: "List")))
        let parsed = try ProvideDocumentBundle(bundle)
        let provided = try #require(parsed.folders.first)
        #expect(provided.folder.uniqueId == "1.2.250.1.999.77")
        #expect(provided.folder.title == "Suivi diabète")
        #expect(provided.folder.codes == [Coding(code: "80146002", system: CodeSystems.snomedCT.oid)])
        #expect(provided.folder.documentUniqueIds == ["1.2.250.1.213.1.4.8.99999.2", "1.2.250.1.999.5"])
        #expect(parsed.entries.last?.index == 3)
        #expect(parsed.entries.last?.role == .folder(0))
        #expect(parsed.entries.last?.fullUrl == "urn:uuid:aaaaaaaa-0000-0000-0000-000000000009")
        #expect(parsed.submission(patient: FHIRFixtures.ins).folders.count == 1)
    }

    @Test("A JSON Patch Binary or a PUT may also supersede the replaced document")
    func otherSupersedeForms() throws {
        var bundle = try FHIRCorpus.bundle(Self.replacement)
        let patch = #"[{"op":"test","path":"/status","value":"current"},{"op":"replace","path":"/status","value":"superseded"}]"#
        bundle.entry?[2].resource = .binary(FHIRBinary(contentType: "application/json-patch+json", data: Data(patch.utf8).base64EncodedString()))
        #expect(try ProvideDocumentBundle(bundle).statusUpdates.count == 1)

        var document = FHIRDocumentReference()
        document.status = "superseded"
        bundle.entry?[2].resource = .documentReference(document)
        bundle.entry?[2].request = FHIRBundle.Request(method: "PUT", url: "DocumentReference/doc-x-id")
        #expect(try ProvideDocumentBundle(bundle).statusUpdates.first?.target == .entryUUID(EntryUUID(rawValue: "doc-x-id")))

        let masking = #"[{"op":"add","path":"/securityLabel/-","value":{"coding":[{"code":"MASQUE_PS"}]}}]"#
        bundle.entry?[2].resource = .binary(FHIRBinary(contentType: "application/json-patch+json", data: Data(masking.utf8).base64EncodedString()))
        bundle.entry?[2].request = FHIRBundle.Request(method: "PATCH", url: "DocumentReference/doc-x-id")
        #expect(failure(bundle)?.condition == .patchElementNotAllowed)
    }

    @Test("Structural errors are located")
    func structuralErrors() throws {
        var notTransaction = try FHIRCorpus.bundle(Self.submission)
        notTransaction.type = "batch"
        #expect(failure(notTransaction)?.expression == "Bundle.type")

        var danglingURL = try FHIRCorpus.bundle(Self.submission)
        guard case .documentReference(var document)? = danglingURL.entry?[1].resource else {
            Issue.record("entry 1 is not a DocumentReference")
            return
        }
        document.content?[0].attachment?.url = "urn:uuid:ffffffff-0000-0000-0000-000000000000"
        danglingURL.entry?[1].resource = .documentReference(document)
        #expect(failure(danglingURL)?.expression == "Bundle.entry[1].resource.content[0].attachment.url")

        var wrongURL = try FHIRCorpus.bundle(Self.submission)
        wrongURL.entry?[2].request?.url = "Binary/1"
        #expect(failure(wrongURL)?.expression == "Bundle.entry[2].request.url")

        var orphan = try FHIRCorpus.bundle(Self.submission)
        orphan.entry?.append(FHIRBundle.Entry(
            fullUrl: "urn:uuid:aaaaaaaa-0000-0000-0000-000000000010", resource: .binary(FHIRBinary(contentType: "text/plain", data: "eA==")),
            request: FHIRBundle.Request(method: "POST", url: "Binary")))
        #expect(failure(orphan)?.expression == "Bundle.entry[3].fullUrl")

        var noSet = try FHIRCorpus.bundle(Self.submission)
        noSet.entry?.removeFirst()
        #expect(failure(noSet)?.condition == .missingElement)

        var unknownMember = try FHIRCorpus.bundle(Self.submission)
        guard case .list(var list)? = unknownMember.entry?[0].resource else {
            Issue.record("entry 0 is not a List")
            return
        }
        list.entry?.append(FHIRList.Entry(item: FHIRReference(reference: "DocumentReference/elsewhere")))
        unknownMember.entry?[0].resource = .list(list)
        #expect(failure(unknownMember)?.expression == "Bundle.entry[0].resource.entry[1].item.reference")

        var deleteEntry = try FHIRCorpus.bundle(Self.submission)
        deleteEntry.entry?[2].request?.method = "DELETE"
        #expect(failure(deleteEntry)?.expression == "Bundle.entry[2].request.method")
    }

    @Test("Conditional PATCH targets and Patient search")
    func targetsAndPatientSearch() throws {
        #expect(try DocumentReferencePatch.target(relativeURL: "DocumentReference/abc") == .entryUUID(EntryUUID(rawValue: "abc")))
        #expect(try DocumentReferencePatch.target(relativeURL: "DocumentReference?identifier=urn:ietf:rfc:3986%7Curn:oid:1.2.3")
            == .uniqueId("1.2.3"))
        #expect(try DocumentReferencePatch.target(relativeURL: "DocumentReference?identifier=urn:uuid:0B7E1C9A-2222-4C4D-8E8F-9A0B1C2D3E4F")
            == .logicalId(LogicalID(rawValue: "0b7e1c9a-2222-4c4d-8e8f-9a0b1c2d3e4f")))
        #expect(throws: FHIRError.self) { try DocumentReferencePatch.target(relativeURL: "Binary/abc") }

        let search = try PatientSearch(parameters: [SearchParameter("identifier", "urn:oid:1.2.250.1.213.1.4.8|123456789012345")])
        #expect(search.ins == INSIdentifier(authorityOID: "1.2.250.1.213.1.4.8", matricule: "123456789012345"))
        #expect(PatientResourceID(search.ins) == PatientResourceID(search.ins.patientKey))
        #expect(throws: FHIRError.self) { try PatientSearch(parameters: [SearchParameter("name", "x")]) }
        #expect(throws: FHIRError.self) { try PatientSearch(parameters: []) }
    }
}
