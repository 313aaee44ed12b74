import DMPDomain
import DMPFHIR
import DMPServices
import Foundation
import Testing

/// PDSm examples whose hashes and sizes are fake (TRAPS 5) and PDSM4DMP's patient without
/// value (TRAPS 6): parse what is parseable, name every defect, correct none.
@Suite("Defective PDSm examples")
struct PDSmDefectTests {
    @Test("PDSm replace bundle: parsed; its hash is not the Binary's and is kept as declared")
    func replaceBundle() throws {
        let bundle = try FHIRCorpus.bundle("fhir/pdsm/Bundle-comprehensiveprovidedocument-replace.json")
        let parsed = try ProvideDocumentBundle(bundle)
        #expect(parsed.patient == .resource(try #require(PatientResourceID(rawValue: "fr-patient-123"))))
        let document = try #require(parsed.documents.first)
        let metadata = document.input.metadata
        #expect(metadata.uniqueId == "55555555-5555-4555-8555-555555555555")
        #expect(metadata.comments == "Compte rendu de consultation - version de remplacement")
        #expect(metadata.authors == [Author(person: Author.Person(
            id: "1011848351", idSystem: "https://rpps.esante.gouv.fr", family: nil, given: nil))])
        #expect(metadata.legalAuthenticator == Author(person: nil, institution: Author.Institution(
            name: "HOPITAL INTERCOMMUNAL DE LA PRESQU'ILE G", id: "2264403106", idSystem: StructureIdentifier.oid)))
        #expect(metadata.sourcePatientInfo == [
            "PID-3|180017505600103^^^&1.2.250.1.213.1.4.8&ISO^NH", "PID-5|Claire^Martin", "PID-7|19800115", "PID-8|M",
        ])
        #expect(metadata.serviceStopTime == Instant.at("2025-06-01T10:00:00+01:00"))
        #expect(document.input.replaces == .entryUUID(EntryUUID(rawValue: "doc-old")))
        #expect(parsed.submissionSet.sourceId == "SRC-01")
        #expect(parsed.statusUpdates.map(\.target) == [.entryUUID(EntryUUID(rawValue: "doc-old"))])

        // Declared: SHA-1 of "hello"; sent: "Hello". Kept as declared, reported, not fixed.
        #expect(document.content == Data("Hello".utf8))
        #expect(metadata.hash == "aaf4c61ddcc5e8a2dabede0f3b482cd9aea9434d")
        #expect(metadata.hash != Digest.sha1Hex(document.content))
        #expect(metadata.size == 5)
        let issues = parsed.contentIssues()
        #expect(issues.map(\.expression) == ["Bundle.entry[1].resource.content[0].attachment.hash"])
        #expect(issues.allSatisfy { $0.condition == .contentMismatch && $0.status == 422 })
        #expect(ProvideDocumentBundle.diagnose(bundle).issues == issues)
        // The services refuse it: the bytes do not match.
        #expect(throws: DMPError.self) { try metadata.checkContent(document.content) }
        // TRE_A07 system with the HL7 code N: carried as written, refused by terminology.
        #expect(metadata.confidentialityCodes == [Coding(code: "N", system: CodeSystems.statutVisibilite.oid, display: "Normal")])
        #expect(throws: DMPError.self) { try metadata.validateConfidentiality(with: .bundled) }
    }

    @Test("PDSm DocumentReference: external author references and a hash of nothing with size 345678")
    func pdsmDocumentReference() throws {
        let document = try FHIRCorpus.documentReference("fhir/pdsm/DocumentReference-exemple-pdsm-documentreference.json")
        let (input, issues) = DocumentReferenceInput.diagnose(document)
        #expect(input == nil)
        #expect(issues.map(\.expression) == [
            "DocumentReference.author[0].reference",
            "DocumentReference.authenticator.reference",
            "DocumentReference.context.sourcePatientInfo.reference",
        ])
        // Fix only what prevents reading, to see the content defect.
        var readable = document
        readable.author = [FHIRReference(identifier: FHIRIdentifier(system: "urn:oid:1.2.250.1.71.4.2.1", value: "810101201234"))]
        readable.authenticator = nil
        readable.context?.sourcePatientInfo = nil
        readable.subject = FHIRReference(reference: "Patient?identifier=urn:oid:1.2.250.1.213.1.4.10|279035121518989")
        let second = DocumentReferenceInput.diagnose(readable)
        let metadata = try #require(second.input?.metadata)
        #expect(metadata.hash == "da39a3ee5e6b4b0d3255bfef95601890afd80709")
        #expect(metadata.size == 345678)
        #expect(metadata.uniqueId == "12345678-abcd-1234-abcd-1234567890ab")
        #expect(metadata.formatCode == Coding(
            code: "urn:ihe:lab:xd-lab:2008", system: CodeSystems.iheFormatCode.oid,
            display: "Compte rendu structuré d'examens de biologie médicale"))
        #expect(second.issues.map(\.expression) == ["DocumentReference.content[0].attachment.hash"])
        #expect(second.issues.first?.condition == .contentMismatch)
    }

    @Test("TD3.1a: Patient?identifier without value (TRAPS 6) is a precise error")
    func patientWithoutValue() throws {
        let document = try FHIRCorpus.documentReference("fhir/pdsm4dmp/DocumentReference-example-td3-1a-cr-consultation.json")
        do {
            _ = try DocumentReferenceInput.read(document)
            Issue.record("accepted a patient without identifier value")
        } catch {
            #expect(error.status == 400)
            #expect(error.expression == "DocumentReference.subject.reference")
            #expect(error.diagnostics.contains("no value"))
        }
    }
}
