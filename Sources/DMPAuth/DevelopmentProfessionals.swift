import Foundation

/// The demo professionals, by handle.
public enum DevelopmentProfessionals {
    private static let centreID = "1750999906"
    private static let centreName = "Centre de santé des Tilleuls (démo)"

    /// General practitioner (médecin généraliste).
    public static let gp = DevelopmentProfessional(
        handle: "gp", rpps: "10999900011", given: "Claire", family: "LEFEBVRE-DEMO", professionCode: "10",
        specialtyCode: "SM54", structureId: centreID, structureName: centreName, sectorCode: "SA05",
        samuRegulator: false)
    /// Nurse (infirmier).
    public static let nurse = DevelopmentProfessional(
        handle: "nurse", rpps: "10999900029", given: "Julien", family: "MOREAU-DEMO", professionCode: "60",
        specialtyCode: nil, structureId: centreID, structureName: centreName, sectorCode: "SA05",
        samuRegulator: false)
    /// Pharmacist (pharmacien).
    public static let pharmacist = DevelopmentProfessional(
        handle: "pharmacist", rpps: "10999900037", given: "Sophie", family: "GARNIER-DEMO", professionCode: "21",
        specialtyCode: nil, structureId: centreID, structureName: centreName, sectorCode: "SA05",
        samuRegulator: false)
    /// Regulating physician of a SAMU-Centre 15 in a public hospital.
    public static let samuRegulator = DevelopmentProfessional(
        handle: "samu", rpps: "10999900045", given: "Marc", family: "DURAND-DEMO", professionCode: "10",
        specialtyCode: nil, structureId: "1750999922", structureName: "SAMU 75 - Centre hospitalier (démo)",
        sectorCode: "SA01", samuRegulator: true)
    /// Dentist (chirurgien-dentiste).
    public static let dentist = DevelopmentProfessional(
        handle: "dentist", rpps: "10999900052", given: "Léa", family: "FONTAINE-DEMO", professionCode: "40",
        specialtyCode: nil, structureId: centreID, structureName: centreName, sectorCode: "SA05",
        samuRegulator: false)

    /// Every demo professional.
    public static let all: [DevelopmentProfessional] = [gp, nurse, pharmacist, samuRegulator, dentist]

    /// The professional with this handle, ignoring case.
    public static func named(_ handle: String) -> DevelopmentProfessional? {
        all.first { $0.handle == handle.lowercased() }
    }
}
