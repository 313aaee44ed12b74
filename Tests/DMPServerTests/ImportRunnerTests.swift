import DMPDomain
import DMPServer
import DMPServices
import Foundation
import Testing

@Suite("dmp import runner")
struct ImportRunnerTests {
    @Test("Refused files are reported with their reason and do not stop the run")
    func report() async throws {
        try await TemporaryDirectory.with { root in
            let names = ["1-ok.xml", "2-bad.xml", "3-again.pdf", "4-broken.pdf"]
            let files = try names.map { name in
                let url = root.appendingPathComponent(name)
                try Data(name.utf8).write(to: url)
                return url
            }
            struct Broken: Error, CustomStringConvertible { var description: String { "disk on fire" } }
            let runner = ImportRunner { content, fileName in
                #expect(String(decoding: content, as: UTF8.self) == fileName)
                switch fileName {
                case "2-bad.xml": throw DMPError(.headerMismatch, "typeCode differs.", element: "typeCode")
                case "3-again.pdf": return ImportFileOutcome(alreadyPresent: true, warnings: ["seen before"])
                case "4-broken.pdf": throw Broken()
                default: return ImportFileOutcome(alreadyPresent: false, warnings: [])
                }
            }
            var seen: [ImportProgress] = []
            let report = await runner.run(files) { seen.append($0) }
            #expect(report.accepted.map(\.lastPathComponent) == ["1-ok.xml", "3-again.pdf"])
            #expect(report.alreadyPresent == 1)
            #expect(report.refused.map(\.message) == ["CDA_HEADER_MISMATCH (typeCode): typeCode differs.", "disk on fire"])
            #expect(report.exitCode == 3)
            #expect(report.summary == [
                "2 accepted, 2 refused (1 already in the DMP)",
                "refused 2-bad.xml: CDA_HEADER_MISMATCH (typeCode): typeCode differs.",
                "refused 4-broken.pdf: disk on fire",
                "warning 3-again.pdf: seen before",
            ])
            #expect(seen.map(\.done) == [1, 2, 3, 4])
            #expect(seen[1].line == "[2/4] refused 2-bad.xml: CDA_HEADER_MISMATCH (typeCode): typeCode differs.")
            #expect(seen[0].line == "[1/4] accepted 1-ok.xml")
            #expect(seen[1].bar(width: 8) == "[####----] 2/4 2-bad.xml")
        }
    }

    @Test("A run where every file is accepted exits with 0")
    func allAccepted() async {
        let report = await ImportRunner { _, _ in ImportFileOutcome(alreadyPresent: false, warnings: []) }.run([])
        #expect(report.exitCode == 0)
        #expect(report.summary == ["0 accepted, 0 refused"])
    }

    @Test("Import arguments are checked against the terminology before any file is sent")
    func arguments() async throws {
        try await TemporaryDirectory.with { directory in
            let configuration = try TestSupport.configuration(dataDirectory: directory)
            try await StorageBootstrap.withServices(configuration, logger: TestSupport.logger) { services in
                let patient = DemoPatient.all[0]
                let options = try ImportArguments(
                    ins: patient.ins.matricule, authority: INSAuthority.demo.oid, typeCode: "11488-4", title: "Scan",
                    authorIDNPS: "810999900011", authorFamily: "LEFEBVRE-DEMO", facility: "SA07", practiceSetting: "AMBULATOIRE"
                ).options(services: services)
                #expect(options.patient == patient.ins)
                #expect(options.typeCode == Coding(code: "11488-4", system: "2.16.840.1.113883.6.1", display: "CR ou fiche de consultation ou de visite"))
                #expect(options.author?.person?.idSystem == IDNPS.oid)
                #expect(options.healthcareFacilityTypeCode.code == "SA07")

                let explicit = try ImportArguments(typeCode: "REMB^1.2.250.1.213.1.1.4.12").options(services: services)
                #expect(explicit.typeCode?.system == "1.2.250.1.213.1.1.4.12")

                #expect(throws: DMPError.self) { try ImportArguments(typeCode: "00000-0").options(services: services) }
                #expect(throws: DMPError.self) { try ImportArguments(facility: "SA99").options(services: services) }
                #expect(throws: DMPError.self) { try ImportArguments(ins: "123").options(services: services) }
                #expect(throws: DMPError.self) { try ImportArguments(authorIDNPS: "x").options(services: services) }
            }
        }
    }
}
