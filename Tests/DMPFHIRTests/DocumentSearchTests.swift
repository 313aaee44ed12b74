import DMPDomain
import DMPFHIR
import Foundation
import Testing

/// ITI-67 search parameters → registry query.
@Suite("ITI-67 search parameters")
struct DocumentSearchTests {
    static let patient = SearchParameter("patient.identifier", "urn:oid:1.2.250.1.213.1.4.10|279035121518989")

    func search(_ pairs: [(String, String)], status: String? = "current") throws(FHIRError) -> DocumentReferenceSearch {
        var parameters = [Self.patient]
        if let status { parameters.append(SearchParameter("status", status)) }
        parameters += pairs.map { SearchParameter($0.0, $0.1) }
        return try DocumentReferenceSearch(parameters: parameters)
    }

    func error(_ parameters: [SearchParameter]) -> FHIRError? {
        do {
            _ = try DocumentReferenceSearch(parameters: parameters)
            return nil
        } catch {
            return error
        }
    }

    @Test("Patient by INS or by resource id; required; one patient")
    func patient() throws {
        let byINS = try search([])
        #expect(byINS.patient == .ins(INSIdentifier(authorityOID: "1.2.250.1.213.1.4.10", matricule: "279035121518989")))
        let id = PatientResourceID(FHIRFixtures.key)
        for value in ["Patient/\(id.rawValue)", id.rawValue] {
            let byID = try DocumentReferenceSearch(parameters: [SearchParameter("patient", value), SearchParameter("status", "current")])
            #expect(byID.patient == .resource(id))
        }
        let both = try DocumentReferenceSearch(parameters: [
            Self.patient, SearchParameter("patient", id.rawValue), SearchParameter("status", "current"),
        ])
        #expect(both.patient == byINS.patient)
        #expect(error([SearchParameter("status", "current")])?.expression == "patient")
        #expect(error([Self.patient, SearchParameter("patient", "Patient/other"), SearchParameter("status", "current")])?.condition == .patientMismatch)
        #expect(error([SearchParameter("patient.identifier", "urn:oid:1.2.250.1.213.1.4.8"), SearchParameter("status", "current")]) != nil)
    }

    @Test("status: required; current = approved + archived, narrowed by isArchived")
    func status() throws {
        #expect(error([Self.patient])?.expression == "status")
        #expect(try search([]).query.statuses == [.approved, .archived])
        #expect(try search([("isArchived", "true")]).query.statuses == [.archived])
        #expect(try search([("isArchived", "false")]).query.statuses == [.approved])
        #expect(try search([], status: "superseded").query.statuses == [.deprecated])
        #expect(try search([], status: "current,superseded").query.statuses == [.approved, .deprecated, .archived])
        let deleted = try search([], status: "entered-in-error")
        #expect(deleted.matchesNothing && deleted.query.statuses.isEmpty)
        #expect(try search([("isArchived", "true")], status: "superseded").matchesNothing)
        #expect(error([Self.patient, SearchParameter("status", "final")])?.expression == "status")
        #expect(error([Self.patient, SearchParameter("status", "current"), SearchParameter("isArchived", "yes")]) != nil)
    }

    @Test("Tokens: system URI → OID, code alone, urn:oid systems, OR with commas")
    func tokens() throws {
        let query = try search([
            ("type", "http://loinc.org|11488-4,http://loinc.org|11490-0"),
            ("category", "https://mos.esante.gouv.fr/NOS/TRE_A03-ClasseDocument/FHIR/TRE-A03-ClasseDocument|10"),
            ("format", "urn:oid:1.3.6.1.4.1.19376.1.2.3|urn:ihe:iti:xds-sd:pdf:2008"),
            ("setting", "AMBULATOIRE"),
            ("facility", "|SA07"),
            ("event", "urn:oid:1.2.250.1.213.2.5|YYYY010"),
            ("security-label", "https://mos.esante.gouv.fr/NOS/TRE_A07-StatutVisibiliteDocument/FHIR/TRE-A07-StatutVisibiliteDocument|MASQUE_PS"),
        ]).query
        #expect(query.typeCodes == [CodeFilter(system: CodeSystems.loinc.oid, code: "11488-4"), CodeFilter(system: CodeSystems.loinc.oid, code: "11490-0")])
        #expect(query.classCodes == [CodeFilter(system: CodeSystems.classeDocument.oid, code: "10")])
        #expect(query.formatCodes == [CodeFilter(system: CodeSystems.iheFormatCode.oid, code: "urn:ihe:iti:xds-sd:pdf:2008")])
        #expect(query.practiceSettingCodes == [CodeFilter(system: nil, code: "AMBULATOIRE")])
        #expect(query.facilityTypeCodes == [CodeFilter(system: nil, code: "SA07")])
        #expect(query.eventCodes == [CodeFilter(system: CodeSystems.ccam.oid, code: "YYYY010")])
        #expect(query.confidentialityCodes == [CodeFilter(system: CodeSystems.statutVisibilite.oid, code: "MASQUE_PS")])
        #expect(error([Self.patient, SearchParameter("status", "current"), SearchParameter("type", "http://unknown.example|1")])?.expression == "type")
        #expect(error([Self.patient, SearchParameter("status", "current"), SearchParameter("type", "http://loinc.org|")])?.condition == .unknownSearchParameter)
    }

    @Test("Repeated tokens: AND of single-valued codes intersects; of multi-valued ones is refused")
    func tokenAND() throws {
        let same = try search([("type", "11488-4,11490-0"), ("type", "http://loinc.org|11488-4")])
        #expect(same.query.typeCodes == [CodeFilter(system: CodeSystems.loinc.oid, code: "11488-4")])
        #expect(!same.matchesNothing)
        #expect(try search([("type", "11488-4"), ("type", "11490-0")]).matchesNothing)
        #expect(error([Self.patient, SearchParameter("status", "current"), SearchParameter("event", "A"), SearchParameter("event", "B")])?.condition == .unknownSearchParameter)
    }

    @Test("Dates: prefixes and partial dates become closed ranges (Europe/Paris for partial dates)")
    func dates() throws {
        let day = try search([("date", "2024-11-20")]).query.creationTime
        #expect(day.from == Instant.at("2024-11-19T23:00:00Z"))
        #expect(day.to == Instant.at("2024-11-20T22:59:59.999Z"))
        let year = try search([("date", "ge2024")]).query.creationTime
        #expect(year == DateRange(from: Instant.at("2023-12-31T23:00:00Z")))
        let month = try search([("period-start", "lt2024-03")]).query.serviceStartTime
        #expect(month == DateRange(to: Instant.at("2024-02-29T22:59:59.999Z")))
        let after = try search([("period-end", "gt2024-11-20T10:00:00Z")]).query.serviceStopTime
        #expect(after == DateRange(from: Instant.at("2024-11-20T10:00:01Z")))
        let before = try search([("creation", "eb2024-11-20T10:00:00+01:00")]).query.creationTime
        #expect(before == DateRange(to: Instant.at("2024-11-20T08:59:59.999Z")))
        let startsAfter = try search([("date", "sa2024")]).query.creationTime
        #expect(startsAfter == DateRange(from: Instant.at("2024-12-31T23:00:00Z")))
        let le = try search([("date", "le2024-11-20T10:00Z")]).query.creationTime
        #expect(le == DateRange(to: Instant.at("2024-11-20T10:00:59.999Z")))
        let range = try search([("date", "ge2024-01-01"), ("date", "le2024-12-31")]).query.creationTime
        #expect(range == DateRange(from: Instant.at("2023-12-31T23:00:00Z"), to: Instant.at("2024-12-31T22:59:59.999Z")))
        #expect(error([Self.patient, SearchParameter("status", "current"), SearchParameter("date", "ne2024")])?.condition == .unknownSearchParameter)
        #expect(error([Self.patient, SearchParameter("status", "current"), SearchParameter("date", "2024-13")])?.expression == "date")
        #expect(error([Self.patient, SearchParameter("status", "current"), SearchParameter("date", "2024,2025")]) != nil)
    }

    @Test("Author names, author identifier, related, identifier")
    func stringsAndIdentifiers() throws {
        let query = try search([
            ("author.family", "MART"), ("author.given", "Jean"), ("author.identifier", "urn:oid:1.2.250.1.71.4.2.1|801234567897"),
            ("related", "ACC-42,ACC-43"), ("identifier", "urn:ietf:rfc:3986|urn:oid:1.2.250.1.999.1.2.3"),
        ]).query
        #expect(query.authorFamily == "MART" && query.authorGiven == "Jean" && query.authorId == "801234567897")
        #expect(query.referenceIds == ["ACC-42", "ACC-43"])
        #expect(query.uniqueIds == ["1.2.250.1.999.1.2.3"])
        let byLogicalId = try search([("identifier", "urn:uuid:0B7E1C9A-2222-4C4D-8E8F-9A0B1C2D3E4F")]).query
        #expect(byLogicalId.logicalIds == [LogicalID(rawValue: "0b7e1c9a-2222-4c4d-8e8f-9a0b1c2d3e4f")])
    }

    @Test("Unknown parameters and modifiers are refused, never ignored")
    func unknown() {
        for name in ["_sort", "subject.name", "author.family:exact", "relatesto", "period"] {
            let failure = error([Self.patient, SearchParameter("status", "current"), SearchParameter(name, "x")])
            #expect(failure?.condition == .unknownSearchParameter, "\(name)")
            #expect(failure?.status == 400)
            #expect(failure?.expression == name)
        }
    }

    @Test("_count: default 20, lowered to 100, 0 allowed; _offset; bad values refused")
    func paging() throws {
        #expect(try search([]).paging == SearchPaging(count: 20, offset: 0))
        #expect(try search([("_count", "500")]).paging.count == 100)
        #expect(try search([("_count", "0")]).paging.count == 0)
        let paged = try search([("_count", "10"), ("_offset", "30")])
        #expect(paged.paging == SearchPaging(count: 10, offset: 30))
        let query = paged.query(for: FHIRFixtures.key)
        #expect(query.limit == 10 && query.offset == 30 && query.patientKey == FHIRFixtures.key)
        #expect(error([Self.patient, SearchParameter("status", "current"), SearchParameter("_count", "-1")])?.expression == "_count")
        #expect(error([Self.patient, SearchParameter("status", "current"), SearchParameter("_count", "ten")]) != nil)
        #expect(error([Self.patient, SearchParameter("status", "current"), SearchParameter("_offset", "1"), SearchParameter("_offset", "2")]) != nil)
        #expect(try search([("_format", "json")]).paging.count == 20)
    }
}
