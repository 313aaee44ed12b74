import DMPDomain

/// The fictitious health centre the demo professionals work in.
public struct DemoStructure: Sendable, Hashable {
    /// FINESS (9 characters, valid Luhn key).
    public let finess: String
    /// Name.
    public let name: String
    /// healthcareFacilityTypeCode (JDV_J02, TRE_R02 sector).
    public let facilityType: Coding

    /// StructIdNat: `1` + FINESS.
    public var structureId: String { "1" + finess }

    /// As an XDS author institution.
    public var institution: Author.Institution {
        Author.Institution(name: name, id: structureId, idSystem: StructureIdentifier.oid)
    }

    /// The demo centre.
    public static let healthCentre = DemoStructure(
        finess: "750999906", name: "Centre de santé des Tilleuls (démo)",
        facilityType: Coding(code: "SA05", system: CodeSystems.secteurActivite.oid, display: "Centre de santé"))
}
