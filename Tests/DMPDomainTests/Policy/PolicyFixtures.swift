import DMPDomain
import Foundation

/// Shared values for the policy tests: one record, a few professionals, documents built
/// from the shipped terminology so that the matrix knows their types.
enum PolicyFixtures {
    /// The record's key (a test INS).
    static let key = PatientKey(try! INS(matricule: "279035121518989", authorityOID: INSAuthority.test.oid))
    /// An active record.
    static let record = Record.created(key: key, at: Date(timeIntervalSince1970: 1_600_000_000), traits: nil)
    /// 2025-01-01T12:00:00Z: the instant of every decision unless a test says otherwise.
    static let now = Date(timeIntervalSince1970: 1_735_732_800)
    /// The policy with the shipped matrix.
    static let policy = AccessPolicy()

    /// IDNPS of the physician.
    static let physicianID = "810000000001"
    /// IDNPS of another physician, the default author.
    static let otherPhysicianID = "810000000002"
    /// IDNPS of the nurse.
    static let nurseID = "810000000003"
    /// IDNPS of the dentist.
    static let dentistID = "810000000004"
    /// IDNPS of a physiotherapist.
    static let physioID = "810000000005"
    /// IDNPS of a professional whose profession the matrix does not list.
    static let unknownProfessionID = "810000000006"
    /// StructIdNat of a hospital.
    static let hospital = "1750000001"

    /// A valid IDNPS.
    static func idnps(_ value: String) -> IDNPS { try! IDNPS(value) }

    /// A professional actor.
    static func professional(
        _ id: String, profession: String? = "10", mode: AccessMode = .normal, reason: String? = nil,
        structure: String? = nil, specialty: String? = nil
    ) -> Actor {
        Actor(
            kind: .professional, id: id, displayName: "PS \(id)", professionCode: profession, specialtyCode: specialty,
            structureId: structure, accessMode: mode, accessReason: reason)
    }

    /// The physician (profession 10), normal mode.
    static let physician = professional(physicianID)
    /// The other physician.
    static let otherPhysician = professional(otherPhysicianID)
    /// The nurse (profession 60).
    static let nurse = professional(nurseID, profession: "60")
    /// The dentist (profession 40).
    static let dentist = professional(dentistID, profession: "40")
    /// The holder of ``record``.
    static let holder = Actor.holder(key)
    /// A legal representative (listed only where a test lists them).
    static let representative = Actor(kind: .legalRepresentative, id: "parent-1", displayName: "Parent")

    /// LOINC OID.
    static let loinc = "2.16.840.1.113883.6.1"
    /// TRE_A05 OID.
    static let treA05 = "1.2.250.1.213.1.1.4.12"

    /// A document of `type` (LOINC unless `system` says otherwise) written by `authorID`.
    static func document(
        type code: String = "11488-4", system: String = loinc, flags: [Coding] = [], authorID: String = otherPhysicianID,
        authorSystem: String = IDNPS.oid
    ) -> DocumentMetadata {
        let type = Coding(code: code, system: system)
        let classCode = Terminology.bundled.classCodes(forType: type).first
            ?? Coding(code: "10", system: "1.2.250.1.213.1.1.4.1")
        let author = Author(person: Author.Person(id: authorID, idSystem: authorSystem, family: "A", given: "B"))
        let date = Date(timeIntervalSince1970: 1_700_000_000)
        return DocumentMetadata(
            uniqueId: "1.2.3.4", classCode: classCode, typeCode: type,
            formatCode: Coding(code: "urn:ihe:iti:xds-sd:pdf:2008", system: "1.3.6.1.4.1.19376.1.2.3"),
            healthcareFacilityTypeCode: Coding(code: "SA07", system: "1.2.250.1.71.4.2.4"),
            practiceSettingCode: Coding(code: "AMBULATOIRE", system: "1.2.250.1.213.1.1.4.9"),
            confidentialityCodes: [ConfidentialityCode.normal] + flags, authors: [author], legalAuthenticator: nil,
            creationTime: date, serviceStartTime: date, serviceStopTime: nil, title: "Document", comments: nil,
            languageCode: "fr-FR", mimeType: "application/pdf", hash: String(repeating: "0", count: 40), size: 1,
            sourcePatientId: "x", sourcePatientInfo: [], eventCodes: [], referenceIds: [])
    }

    /// A document the holder wrote.
    static func holderDocument(flags: [Coding] = []) -> DocumentMetadata {
        document(type: "DOCPAT03", system: treA05, flags: flags, authorID: key.ins.matricule, authorSystem: INSAuthority.test.oid)
    }

    /// The `MASQUE_PS` flag alone.
    static let masked = [ConfidentialityCode.maskedToProfessionals]

    /// Settings in which `ids` hold an authorisation granted a year before ``now``.
    static func authorising(_ ids: String...) -> RecordSettings {
        var settings = RecordSettings()
        for id in ids {
            try! settings.grantAuthorisation(to: idnps(id), at: now.addingTimeInterval(-365 * 86_400))
        }
        return settings
    }

    /// The policy's decision for one request; defaults to a search at ``now``.
    static func decide(
        _ actor: Actor, _ action: AccessAction = .search, settings: RecordSettings = RecordSettings(),
        document: DocumentMetadata? = nil, codes: [Coding]? = nil, samu: Bool = false, at instant: Date = now,
        record: Record = record, policy: AccessPolicy = policy
    ) -> AccessDecision {
        policy.decide(AccessRequest(
            actor: actor, record: record, settings: settings, action: action, document: document,
            newConfidentialityCodes: codes, isSAMURegulator: samu, now: instant))
    }
}
