import DMPDomain

/// A fictitious health professional of the demo data set, identified by an IDNPS built from
/// an RPPS number with a valid Luhn key (`8` + RPPS), as Pro Santé Connect would present it.
public struct DemoProfessional: Sendable, Hashable {
    /// The RPPS number (11 digits).
    public let rpps: String
    /// Family name.
    public let family: String
    /// Given name.
    public let given: String
    /// TRE_G15 profession code (`10` physician, `60` nurse, `21` pharmacist).
    public let professionCode: String
    /// Its label, as a CDA `assignedAuthor/code` displays it.
    public let professionDisplay: String
    /// Where they practise.
    public let structure: DemoStructure

    /// IDNPS: `8` + RPPS.
    public var idnps: String { "8" + rpps }

    /// The professional acting in normal mode, as an authenticated request would make them.
    public var actor: Actor {
        Actor(
            kind: .professional, id: idnps, displayName: "\(given) \(family)", professionCode: professionCode,
            structureId: structure.structureId, structureName: structure.name)
    }

    /// The professional as an XDS author.
    public var author: Author {
        Author(
            person: Author.Person(id: idnps, idSystem: IDNPS.oid, family: family, given: given),
            institution: structure.institution)
    }

    /// The general practitioner (médecin généraliste).
    public static let generalPractitioner = DemoProfessional(
        rpps: "10999900011", family: "LEFEBVRE-DEMO", given: "Claire", professionCode: "10",
        professionDisplay: "Médecin", structure: .healthCentre)
    /// The nurse.
    public static let nurse = DemoProfessional(
        rpps: "10999900029", family: "MOREAU-DEMO", given: "Julien", professionCode: "60",
        professionDisplay: "Infirmier", structure: .healthCentre)
    /// The pharmacist.
    public static let pharmacist = DemoProfessional(
        rpps: "10999900037", family: "GARNIER-DEMO", given: "Sophie", professionCode: "21",
        professionDisplay: "Pharmacien", structure: .healthCentre)

    /// The three demo professionals.
    public static let all: [DemoProfessional] = [generalPractitioner, nurse, pharmacist]
}
