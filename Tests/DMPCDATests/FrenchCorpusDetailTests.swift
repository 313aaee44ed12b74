import DMPCDA
import Foundation
import Testing

@Suite("Corpus: French (ANS) documents in detail")
struct FrenchCorpusDetailTests {
    private static let pat3Family = [
        CDANamePart(value: "PAT-TROIS", qualifier: "BR"),
        CDANamePart(value: "PAT-TROIS", qualifier: "CL"),
    ]
    private static let pat3Given = [
        CDANamePart(value: "DOMINIQUE MARIE-LOUISE"),
        CDANamePart(value: "DOMINIQUE", qualifier: "BR"),
        CDANamePart(value: "DOMINIQUE", qualifier: "CL"),
    ]

    @Test("Microbiologie V1: patient, author, custodian, legal authenticator and service event")
    func microbiologyV1() throws {
        let header = try readCorpusHeader("cda/ans/BIO-CR-BIO_2024.01_Microbiologie_V1.xml")
        #expect(header.title == "Compte rendu d'examens biologiques")
        #expect(header.languageCode == "fr-FR")
        #expect(header.code.displayName == "CR d'examens biologiques")
        #expect(header.code.codeSystemName == "LOINC")
        #expect(header.templateIds.map(\.root) == [
            "2.16.840.1.113883.2.8.2.1", "1.2.250.1.213.1.1.1.1", "1.3.6.1.4.1.19376.1.3.3", "1.2.250.1.213.1.1.1.55",
        ])
        #expect(header.templateIds.last?.extensionValue == "2024.01")

        let patient = header.patient
        #expect(patient.ids == [
            CDAInstanceIdentifier(root: "1.2.250.1.213.1.4.10", extensionValue: "279035121518989"),
            CDAInstanceIdentifier(root: "1.2.3.4.567.8.9.10", extensionValue: "1234567890121"),
        ])
        // The guardian (NESSI Jeanne) and the informant (NESSI Sophie) must not leak into the patient.
        #expect(patient.person == CDAPerson(family: Self.pat3Family, given: Self.pat3Given))
        #expect(patient.gender == CDACode(code: "F", codeSystem: "2.16.840.1.113883.5.1", displayName: "Féminin"))
        #expect(patient.birthTime?.raw == "19790328")
        #expect(patient.birthTime?.date == utc("1979-03-28T00:00:00Z"))
        #expect(patient.birthPlaceCode == "51215")

        let author = try #require(header.authors.first)
        #expect(header.authors.count == 1)
        #expect(author.time?.raw == "20240104160527+0100")
        #expect(author.functionCode == nil)
        #expect(author.code == CDACode(code: "G15_10/SM03", codeSystem: "1.2.250.1.213.1.1.4.5", displayName: "Médecin - Biologie médicale (SM)"))
        #expect(author.person == CDAPerson(family: [CDANamePart(value: "CAMPARINI")], given: [CDANamePart(value: "Marcel")], prefix: "M", suffix: "DR"))
        #expect(author.deviceName == nil)
        #expect(author.organization == CDAOrganization(
            ids: [CDAInstanceIdentifier(root: "1.2.250.1.71.4.2.2", extensionValue: "1120459876")],
            name: "Laboratoire des charmes"))

        #expect(header.custodian == CDAOrganization(
            ids: [CDAInstanceIdentifier(root: "1.2.250.1.71.4.2.2", extensionValue: "1120459876")],
            name: "Laboratoire des charmes"))

        // The authenticator (DE SANTS) is not the legal authenticator.
        let legal = try #require(header.legalAuthenticator)
        #expect(legal.time?.raw == "20240104160527+0100")
        #expect(legal.ids == [CDAInstanceIdentifier(root: "1.2.250.1.71.4.2.1", extensionValue: "801234534765")])
        #expect(legal.person?.family == [CDANamePart(value: "CAMPARINI")])
        #expect(legal.code?.code == "G15_10/SM03")
        #expect(legal.organization?.name == "Laboratoire des charmes")

        #expect(header.relatedDocuments.isEmpty)
        #expect(header.serviceEventCodes.map(\.code) == ["18725-2"])
        #expect(header.serviceStart?.raw == "20240104092200+0100")
        #expect(header.serviceStop?.raw == "20240104160500+0100")
        #expect(header.serviceStop?.date == utc("2024-01-04T15:05:00Z"))
    }

    @Test("Microbiologie V2 replaces a parent that is not V1 (TRAPS 4)")
    func microbiologyV2() throws {
        let v1 = try readCorpusHeader("cda/ans/BIO-CR-BIO_2024.01_Microbiologie_V1.xml")
        let v2 = try readCorpusHeader("cda/ans/BIO-CR-BIO_2024.01_Microbiologie_V2.xml")
        #expect(v2.relatedDocuments == [CDARelatedDocument(
            typeCode: "RPLC",
            parentIds: [CDAInstanceIdentifier(root: "1.2.250.1.213.1.1.1.55.12345.13")])])
        #expect(v2.setId == v1.setId)
        #expect(v2.versionNumber == 2)
        #expect(v2.relatedDocuments.first?.parentIds.contains(v1.id) == false)
    }

    @Test("IMG CR-IMG: relatedDocument RPLC, author functionCode, four service events")
    func imaging() throws {
        let header = try readCorpusHeader("cda/ans/IMG_CR_IMG_2024.01.xml")
        #expect(header.relatedDocuments == [CDARelatedDocument(
            typeCode: "RPLC",
            parentIds: [CDAInstanceIdentifier(root: "90E1C8EC-F951-4B26-A305-A34848818DD6")])])
        #expect(header.authors.first?.functionCode?.code == "ATTPHYS")
        #expect(header.authors.first?.functionCode?.codeSystem == "2.16.840.1.113883.5.88")
        #expect(header.code.displayName == "CR d’imagerie médicale")
        #expect(header.serviceEventCodes.map(\.code) == ["24727-0", "36235-0", "24978-9", "Z13.9"])
        #expect(header.serviceStart?.raw == "20210108102500+0100")
        #expect(header.serviceStop?.raw == "20210108111700+0100")
        #expect(header.templateIds.count == 6)
        #expect(header.custodian?.name == "Centre de radiologie Ambroise")
    }

    @Test("SDM-MR newborn: all three patient ids, in order")
    func rareDiseaseNewborn() throws {
        let header = try readCorpusHeader("cda/ans/SDM-MR_2024.01_nouveau-ne.xml")
        #expect(header.patient.ids == [
            CDAInstanceIdentifier(root: "1.2.250.1.213.1.4.10", extensionValue: "224027511583555"),
            CDAInstanceIdentifier(root: "1.2.3.4.567.8.9.10", extensionValue: "9ec5518caaab70962222"),
            CDAInstanceIdentifier(root: "1.2.3.4.567.8.9.11", extensionValue: "8ec5518caaab70961082"),
        ])
        #expect(header.patient.person?.family == [
            CDANamePart(value: "DECOURCY", qualifier: "BR"), CDANamePart(value: "DECOURCY", qualifier: "CL"),
        ])
        #expect(header.patient.person?.given == [CDANamePart(value: "Léa Marie"), CDANamePart(value: "Léa", qualifier: "BR")])
        #expect(header.patient.birthTime?.date == utc("2024-02-28T00:00:00Z"))
        #expect(header.patient.birthPlaceCode == "75115")
        let author = try #require(header.authors.first)
        #expect(author.organization == nil)
        // "Charles " in the file: name parts are trimmed.
        #expect(author.person == CDAPerson(family: [CDANamePart(value: "BOILEAU")], given: [CDANamePart(value: "Charles")], suffix: "DR"))
        #expect(header.custodian?.ids == [CDAInstanceIdentifier(root: "1.2.250.1.71.4.2.2", extensionValue: "1750803454")])
        #expect(header.title == "Set de données minimum maladies rares (SDM-MR)")
    }

    @Test("Level-1 document: nonXMLBody application/pdf")
    func nonStructured() throws {
        let header = try readCorpusHeader("cda/ans/DOC_NON_STRUCTURE_CDA-R2-N1.xml")
        #expect(header.body == .nonXML(mediaType: "application/pdf", representation: "B64"))
        #expect(header.serviceEventCodes.map(\.code) == ["18723-7"])
        let legal = try #require(header.legalAuthenticator)
        #expect(legal.ids == [CDAInstanceIdentifier(root: "1.2.250.1.71.4.2.1", extensionValue: "807505123456")])
        #expect(legal.person == CDAPerson(family: [CDANamePart(value: "Camparini")], given: [CDANamePart(value: "Marcel")], suffix: "DR"))
        #expect(legal.time?.date == utc("2020-07-01T12:47:45Z"))
    }

    @Test("CNAM-HR: device author, REMB type code, relatedDocument with parent version")
    func reimbursement() throws {
        let header = try readCorpusHeader("cda/ans/CNAM-HR_2021.01_sans-info.xml")
        #expect(header.code == CDACode(code: "REMB", codeSystem: "1.2.250.1.213.1.1.4.12", displayName: "Données de remboursement"))
        let author = try #require(header.authors.first)
        #expect(author.deviceName == "Assurance Maladie")
        #expect(author.person == nil)
        #expect(author.code?.code == "ALIM_AM")
        #expect(author.organization?.name == "Assurance Maladie")
        #expect(header.relatedDocuments == [CDARelatedDocument(
            typeCode: "RPLC",
            parentIds: [CDAInstanceIdentifier(root: "1.2.250.1.213.1.1.9", extensionValue: "10002-1")],
            parentVersion: 1)])
        #expect(header.serviceEventCodes.isEmpty)
        #expect(header.serviceStart?.raw == "20190101154500+0100")
        #expect(header.serviceStop?.raw == "20190701154500+0100")
    }

    @Test("TROD: a malformed time-zone offset gives a nil date, not an error")
    func rapidTest() throws {
        let header = try readCorpusHeader("cda/ans/BIO-TROD_2024.01_COVID-19.xml")
        let legal = try #require(header.legalAuthenticator)
        #expect(legal.time?.raw == "20240106113623+100")
        #expect(legal.time?.date == nil)
        #expect(header.serviceEventCodes == [CDACode(
            code: "U07.1", codeSystem: "2.16.840.1.113883.6.3", displayName: "COVID-19", codeSystemName: "CIM-10")])
        #expect(header.serviceStart?.raw == "20240106113623+0100")
        #expect(header.serviceStop == nil)
        #expect(header.patient.ids.count == 1)
    }

    @Test("TSH: service events of every documentationOf, start/stop from the first")
    func thyroid() throws {
        let header = try readCorpusHeader("cda/ans/BIO-CR-BIO_2024.01_TSH_1.xml")
        #expect(header.serviceEventCodes.map(\.code) == ["18719-5", "18727-8", "18718-7"])
        #expect(header.serviceStart?.raw == "20210104092200+0100")
        #expect(header.serviceStop?.raw == "20210104160500+0100")
        #expect(header.authors.first?.time?.raw == "20210104160527+0100")
    }

    @Test("VAC: INS only, custodian and legal authenticator differ from the author")
    func vaccinationHistory() throws {
        let header = try readCorpusHeader("cda/ans/VAC_2023.01.xml")
        #expect(header.patient.ids == [CDAInstanceIdentifier(root: "1.2.250.1.213.1.4.10", extensionValue: "279035121518989")])
        #expect(header.custodian == CDAOrganization(
            ids: [CDAInstanceIdentifier(root: "1.2.250.1.71.4.2.2", extensionValue: "318003502400041")],
            name: "Assurance Maladie"))
        #expect(header.legalAuthenticator?.ids == [CDAInstanceIdentifier(root: "1.2.250.1.213.1.4.8", extensionValue: "276059205062865")])
        #expect(header.legalAuthenticator?.person == CDAPerson(
            family: [CDANamePart(value: "DECOURCY", qualifier: "BR")], given: [CDANamePart(value: "Marie", qualifier: "BR")]))
    }

    @Test("VSM: SYNTH type code and author functionCode PCP")
    func medicalSummary() throws {
        let header = try readCorpusHeader("cda/ans/VSM_1.4_2022.01.xml")
        #expect(header.code == CDACode(code: "SYNTH", codeSystem: "1.2.250.1.213.1.1.4.12", displayName: "Synthèse"))
        #expect(header.authors.first?.functionCode == CDACode(code: "PCP", codeSystem: "2.16.840.1.113883.5.88", displayName: "Médecin traitant"))
        #expect(header.authors.first?.person?.given == [CDANamePart(value: "Stéphane")])
    }

    @Test("CSE-CS8: CERT_DECL and birth place county")
    func birthCertificate() throws {
        let header = try readCorpusHeader("cda/ans/CSE-CS8_2025.01.xml")
        #expect(header.patient.birthPlaceCode == "75056")
        #expect(header.patient.person?.given.first == CDANamePart(value: "Ruth Isabelle"))
        #expect(header.patient.birthTime?.raw == "20230425")
    }

    @Test("eP-MED-DM: a UTF-8 byte-order mark and eight service events")
    func prescription() throws {
        let data = try TestCorpus.data("cda/ans/eP-MED-DM_2024.01_PosoStruct.xml")
        #expect(Array(data.prefix(3)) == [0xEF, 0xBB, 0xBF])
        let header = try CDAHeaderReader.read(data)
        #expect(header.serviceEventCodes.count == 8)
        #expect(header.serviceEventCodes.first?.code == "57833-6")
        #expect(header.serviceEventCodes.last == CDACode(
            code: "MED-1159", codeSystem: "1.2.250.1.213.1.1.4.322", displayName: "Affection militaire", codeSystemName: "TA_ASIP"))
        #expect(header.serviceStop?.raw == "20240730091000+0100")
        #expect(header.title == "Prescription de médicaments et/ou de dispositifs médicaux")
    }

    @Test("LDL-SES: legal authenticator differs from the author")
    func dischargeLetter() throws {
        let header = try readCorpusHeader("cda/ans/LDL-SES_2022.01.xml")
        #expect(header.legalAuthenticator?.person == CDAPerson(
            family: [CDANamePart(value: "AUGUIN")], given: [CDANamePart(value: "Léon")], prefix: "M", suffix: "PR"))
        #expect(header.authors.first?.person?.family == [CDANamePart(value: "DAVID")])
        #expect(header.serviceEventCodes.first?.code == "IMP")
    }
}
