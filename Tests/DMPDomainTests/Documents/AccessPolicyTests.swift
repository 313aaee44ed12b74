import DMPDomain
import Foundation
import Testing

@Suite("Document-level access rules")
struct AccessPolicyTests {
    let key = PatientKey(try! INS(matricule: "279035121518989", authorityOID: INSAuthority.test.oid))
    var record: Record { Record.created(key: key, at: Date(), traits: nil) }
    let author = Actor(kind: .professional, id: "801234567897", displayName: "Author")
    let other = Actor(kind: .professional, id: "899700367917", displayName: "Other")

    func metadata(_ codes: [Coding]) -> DocumentMetadata {
        var metadata = MetadataValidationTests.metadata()
        metadata.confidentialityCodes = codes
        return metadata
    }

    @Test("MASQUE_PS hides from professionals except the author")
    func masked() {
        let masked = metadata([ConfidentialityCode.normal, ConfidentialityCode.maskedToProfessionals])
        let policy = AccessPolicy()
        #expect(policy.visibility(for: author, in: record).allows(masked))
        #expect(!policy.visibility(for: other, in: record).allows(masked))
        #expect(policy.visibility(for: .holder(key), in: record).allows(masked))
    }

    @Test("INVISIBLE_PATIENT hides from the holder and legal representatives; INVISIBLE_REPRESENTANTS_LEGAUX from representatives")
    func invisible() {
        let policy = AccessPolicy()
        let representative = Actor(kind: .legalRepresentative, id: "parent", displayName: "Parent")
        let patientHidden = metadata([ConfidentialityCode.normal, ConfidentialityCode.invisibleToPatient])
        let representativesHidden = metadata([ConfidentialityCode.normal, ConfidentialityCode.invisibleToLegalRepresentatives])
        #expect(!policy.visibility(for: .holder(key), in: record).allows(patientHidden))
        #expect(!policy.visibility(for: representative, in: record).allows(patientHidden))
        #expect(policy.visibility(for: .holder(key), in: record).allows(representativesHidden))
        #expect(!policy.visibility(for: representative, in: record).allows(representativesHidden))
        #expect(policy.visibility(for: other, in: record).allows(patientHidden))
    }

    @Test("only authors change a document's status")
    func statusChange() {
        let entry = DocumentEntry(
            entryUUID: .make(), logicalId: .make(), version: 1, patientKey: key, status: .approved,
            metadata: metadata([ConfidentialityCode.normal]), submissionSetUUID: .make(), registeredAt: Date(),
            replaces: nil, blobSHA256: "", isCurrent: true)
        let policy = AccessPolicy()
        #expect(throws: Never.self) { try policy.checkStatusChange(of: entry, to: .deleted, by: author) }
        #expect(throws: DMPError.self) { try policy.checkStatusChange(of: entry, to: .deleted, by: other) }
        #expect(throws: DMPError.self) { try policy.checkStatusChange(of: entry, to: .deleted, by: .system("ops")) }
    }
}
