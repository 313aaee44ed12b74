import DMPDomain
import Foundation

/// A fictitious professional `dmp token` can mint tokens for. Their RPPS numbers carry a
/// valid Luhn key; the first three are those of the demo documents' authors, so that a
/// demo token acts as the professional who wrote the demo data.
public struct DevelopmentProfessional: Sendable, Hashable {
    /// Short name used on the command line (`gp`, `nurse`…).
    public let handle: String
    /// RPPS number (11 digits).
    public let rpps: String
    /// Given name.
    public let given: String
    /// Family name.
    public let family: String
    /// TRE_G15 profession code.
    public let professionCode: String
    /// TRE_R38 specialty code, when one applies.
    public let specialtyCode: String?
    /// StructIdNat of the structure they act for.
    public let structureId: String
    /// Its name.
    public let structureName: String
    /// Its TRE_R02 sector.
    public let sectorCode: String
    /// Whether they regulate a SAMU-Centre 15 (may use `centre_15`).
    public let samuRegulator: Bool

    /// IDNPS: `8` + RPPS.
    public var idnps: String { "8" + rpps }

    /// Their claims for an access in `mode` (checked only when minted or verified).
    public func claims(mode: AccessMode, reason: String?) throws(AuthenticationError) -> ProfessionalClaims {
        let subject: IDNPS
        let structure: StructureIdentifier
        do {
            subject = try RPPS(rpps).idnps
            structure = try StructureIdentifier(structureId)
        } catch {
            throw .invalidProfessionalIdentifier(reason: "the demo catalogue holds a bad identifier")
        }
        return ProfessionalClaims(
            subject: subject, name: "\(given) \(family)", profession: professionCode, specialty: specialtyCode,
            card: "CPS", structureId: structure, structureName: structureName, sector: sectorCode,
            samuRegulator: samuRegulator, accessMode: mode, accessReason: reason,
            softwareID: "dmp-cli", softwareName: "dmp token", softwareVersion: "1")
    }
}
