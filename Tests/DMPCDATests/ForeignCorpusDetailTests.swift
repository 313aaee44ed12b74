import DMPCDA
import Foundation
import Testing

@Suite("Corpus: US C-CDA documents in detail")
struct ForeignCorpusDetailTests {
    @Test("CCD replacement: relatedDocument with parent setId and version")
    func parentDocumentReplace() throws {
        let header = try readCorpusHeader("cda/hl7-ccda/CCD_Parent_Document_Replace.xml")
        #expect(header.relatedDocuments == [CDARelatedDocument(
            typeCode: "RPLC",
            parentIds: [CDAInstanceIdentifier(root: "2.16.840.1.113883.19.5.99999.1", extensionValue: "TT661")],
            parentSetId: CDAInstanceIdentifier(root: "004bb033-b948-4f4c-b5bf-a8dbd7d8dd40"),
            parentVersion: 1)])
        // Hour-precision timestamps with an offset.
        #expect(header.serviceStart?.raw == "2015072218-0500")
        #expect(header.serviceStart?.date == utc("2015-07-22T23:00:00Z"))
        #expect(header.serviceStop?.date == utc("2015-07-23T04:00:00Z"))
        #expect(header.patient.person == CDAPerson(family: [CDANamePart(value: "Maur")], given: [CDANamePart(value: "Richard")], suffix: "jr"))
        #expect(header.languageCode == "en-US")
    }

    @Test("Discharge summary: a person author and a device author")
    func dischargeSummary() throws {
        let header = try readCorpusHeader("cda/hl7-ccda/Discharge_Summary.xml")
        #expect(header.authors.count == 2)
        #expect(header.authors[0].person == CDAPerson(family: [CDANamePart(value: "Seven")], given: [CDANamePart(value: "Henry")]))
        #expect(header.authors[0].deviceName == nil)
        let device = header.authors[1]
        #expect(device.person == nil)
        #expect(device.ids.isEmpty)
        #expect(device.deviceName == "Generic EHR C-CDA Factory 2.0.0.0.0.0 - C-CDA Transform 2.0.0.0.0")
        #expect(device.organization == CDAOrganization(
            ids: [CDAInstanceIdentifier(root: "2.16.840.1.113883.19.5.9999.1393")],
            name: "Community Health and Hospitals"))
        #expect(header.patient.ids.count == 2)
        #expect(header.patient.birthPlaceCode == nil)
        #expect(header.serviceEventCodes == [CDACode(
            code: "6025007", codeSystem: "2.16.840.1.113883.6.96",
            displayName: "Laparoscopic appendectomy", codeSystemName: "SNOMED CT")])
    }

    @Test("Unstructured document: base64 PDF body, no legal authenticator")
    func unstructured() throws {
        let header = try readCorpusHeader("cda/hl7-ccda/Unstructured_Document_embed.xml")
        #expect(header.body == .nonXML(mediaType: "application/pdf", representation: "B64"))
        #expect(header.legalAuthenticator == nil)
        #expect(header.serviceStart == nil)
        #expect(header.serviceEventCodes.isEmpty)
        #expect(header.relatedDocuments.isEmpty)
        #expect(header.patient.person?.given == [CDANamePart(value: "Henry"), CDANamePart(value: "L")])
    }
}
