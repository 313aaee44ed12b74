/// The J58 confidentiality codes as named constants, because access-policy code tests for
/// them by name rather than looking them up.
public struct ConfidentialityCode: Sendable {
    private init() {}

    /// HL7 `N`, the default level of every document.
    public static let normal = hl7("N", "Normal")
    /// HL7 `R`.
    public static let restricted = hl7("R", "Restreint")
    /// HL7 `V`.
    public static let veryRestricted = hl7("V", "Très restreint")
    /// `MASQUE_PS`: hidden from professionals other than the author, the médecin traitant
    /// and emergency access allowed by the patient (spec §4.9).
    public static let maskedToProfessionals = visibility("MASQUE_PS", "Masqué aux professionnels de santé")
    /// `INVISIBLE_PATIENT`: hidden from the patient until a professional lifts it.
    public static let invisibleToPatient = visibility("INVISIBLE_PATIENT", "Non visible par le patient")
    /// `INVISIBLE_REPRESENTANTS_LEGAUX`: hidden from the patient's legal representatives
    /// (a minor's "connexion secrète").
    public static let invisibleToLegalRepresentatives = visibility(
        "INVISIBLE_REPRESENTANTS_LEGAUX", "Non visible par les représentants légaux du patient")
    /// `MASQUE_PSOCIAL`: defined by TRE_A07 but outside J58; exposed so callers can decide
    /// to tolerate it (spec §9 item 9) without it passing J58 validation.
    public static let maskedToSocialProfessionals = visibility(
        "MASQUE_PSOCIAL", "Masqué aux professionnels du domaine social")
    /// `MASQUE_PT`: defined by TRE_A07 but outside J58, like ``maskedToSocialProfessionals``.
    public static let maskedToThirdParties = visibility("MASQUE_PT", "Masqué aux personnes tierces")

    private static func hl7(_ code: String, _ display: String) -> Coding {
        Coding(code: code, system: CodeSystems.hl7Confidentiality.oid, display: display)
    }

    private static func visibility(_ code: String, _ display: String) -> Coding {
        Coding(code: code, system: CodeSystems.statutVisibilite.oid, display: display)
    }
}
