import Foundation

/// The active codes of TRE_G15-ProfessionSante (OID 1.2.250.1.71.1.2.7, spec §2.2), the
/// professions a `profession` claim may name.
///
/// Kept here rather than in the terminology files because only authentication reads them;
/// 35–39 and 93 are end-dated in NOS and therefore refused.
public enum HealthProfessions {
    /// Physician (médecin): the only profession that can regulate a SAMU-Centre 15.
    public static let physician = "10"

    /// Code → NOS label.
    public static let labels: [String: String] = [
        "10": "Médecin", "21": "Pharmacien", "26": "Audioprothésiste", "28": "Opticien-Lunetier",
        "31": "Assistant dentaire", "32": "Physicien médical", "40": "Chirurgien-Dentiste",
        "50": "Sage-Femme", "60": "Infirmier", "69": "Infirmier psychiatrique",
        "70": "Masseur-Kinésithérapeute", "80": "Pédicure-Podologue", "81": "Orthoprothésiste",
        "82": "Podo-Orthésiste", "83": "Orthopédiste-Orthésiste", "84": "Oculariste",
        "85": "Epithésiste", "86": "Technicien de labo médical", "91": "Orthophoniste",
        "92": "Orthoptiste", "94": "Ergothérapeute", "95": "Diététicien", "96": "Psychomotricien",
        "98": "Manipulateur ERM",
    ]

    /// Whether `code` is an active TRE_G15 profession.
    public static func isActive(_ code: String) -> Bool { labels[code] != nil }
}

/// TRE_R87-TypeCarte: the professional card types a `card` claim may name (spec §2.2).
public enum ProfessionalCardTypes {
    /// CPS (health professional), CPE (establishment staff), CPF (professional in
    /// training), CPA (authorised staff).
    public static let all: Set<String> = ["CPS", "CPE", "CPF", "CPA"]
}
