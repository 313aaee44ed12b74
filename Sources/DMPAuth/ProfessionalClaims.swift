import DMPDomain
import Foundation

/// What a token asserts about the professional and the access: the DMP-specific claims, the
/// JWT mirror of the VIHF attributes (spec §5.2; table in `docs/authentication.md`).
///
/// Built freely, then checked with `validated(terminology:)`: the verifier checks what it
/// read, the development issuer checks what it is asked to sign, with the same rules.
public struct ProfessionalClaims: Hashable, Sendable {
    /// `sub`: national professional identifier (VIHF `Subject/NameID`).
    public var subject: IDNPS
    /// `name`: display name (VIHF `subject-id`), as shown in the patient's history.
    public var name: String
    /// `profession`: TRE_G15 code (VIHF `subject:role` #1).
    public var profession: String
    /// `specialty`: TRE_R38 / J01 code (VIHF `subject:role` #2).
    public var specialty: String?
    /// `card`: TRE_R87 card type used to authenticate (CPS, CPE, CPF, CPA).
    public var card: String?
    /// `structure_id`: StructIdNat (VIHF `Identifiant_Structure`).
    public var structureId: StructureIdentifier?
    /// `structure_name`: the structure's name.
    public var structureName: String?
    /// `sector`: TRE_R02 sector of activity (VIHF `Secteur_Activite`), e.g. `SA07`.
    public var sector: String?
    /// `samu_regulator`: the issuer asserts the professional regulates a SAMU-Centre 15;
    /// required for `centre_15`.
    public var samuRegulator: Bool
    /// `purpose_of_use`: TRE_R248 access mode (VIHF `purposeofuse`).
    public var accessMode: AccessMode
    /// `access_reason`: the written justification, mandatory for `bris_de_glace`.
    public var accessReason: String?
    /// `lps_id`: identifier of the professional's software (VIHF `LPS_ID`).
    public var softwareID: String?
    /// `lps_name`: its name (VIHF `LPS_Nom`).
    public var softwareName: String?
    /// `lps_version`: its version (VIHF `LPS_Version`).
    public var softwareVersion: String?

    /// Longest `access_reason`, in characters.
    public static let maximumReasonLength = 500
    /// Longest `name` and `structure_name`, in characters.
    public static let maximumNameLength = 200
    /// Longest `lps_*` value, in characters.
    public static let maximumSoftwareFieldLength = 100

    /// Assembles claims; nothing is checked until `validated(terminology:)`.
    public init(
        subject: IDNPS, name: String, profession: String, specialty: String? = nil, card: String? = nil,
        structureId: StructureIdentifier? = nil, structureName: String? = nil, sector: String? = nil,
        samuRegulator: Bool = false, accessMode: AccessMode = .normal, accessReason: String? = nil,
        softwareID: String? = nil, softwareName: String? = nil, softwareVersion: String? = nil
    ) {
        self.subject = subject
        self.name = name
        self.profession = profession
        self.specialty = specialty
        self.card = card
        self.structureId = structureId
        self.structureName = structureName
        self.sector = sector
        self.samuRegulator = samuRegulator
        self.accessMode = accessMode
        self.accessReason = accessReason
        self.softwareID = softwareID
        self.softwareName = softwareName
        self.softwareVersion = softwareVersion
    }

    /// The actor these claims describe, as use cases, policy and audit see it.
    public var actor: Actor {
        Actor(
            kind: .professional, id: subject.value, displayName: name, professionCode: profession,
            specialtyCode: specialty, structureId: structureId?.value, structureName: structureName,
            sectorCode: sector, accessMode: accessMode, accessReason: accessReason, isSAMURegulator: samuRegulator)
    }
}
