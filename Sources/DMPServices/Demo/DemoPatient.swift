import DMPDomain

/// A fictitious patient of the demo data set. Identified in the DEMO INS namespace
/// (`1.2.250.1.213.1.4.11`), which production can refuse wholesale, with a matricule whose
/// key is computed so that the strict INS policy accepts it. Names carry `-DEMO` so that no
/// screen can pass them for a real person's.
public struct DemoPatient: Sendable, Hashable {
    /// Position in ``all`` (1-based), used in the documents' uniqueIds.
    public let number: Int
    /// The INS (DEMO authority, valid key).
    public let ins: INS
    /// INS traits as INSi would return them.
    public let traits: INSTraits

    /// "Given FAMILY", for summaries.
    public var displayName: String { "\(traits.firstGivenName ?? "") \(traits.birthName)" }

    /// The demo patients: two adults and a child born in 2015.
    public static let all: [DemoPatient] = [
        make(1, body: "2780575115042", birthName: "ROUSSEAU-DEMO", given: ["Hélène", "Marie"], sex: .female,
             birthDate: "1978-05-12", birthPlace: "75115"),
        make(2, body: "1521169123018", birthName: "D'ARTOIS-DEMO", given: ["Jean-François"], sex: .male,
             birthDate: "1952-11-03", birthPlace: "69123"),
        make(3, body: "2150344109231", birthName: "PETIT-DEMO", given: ["Zoé", "Lou"], sex: .female,
             birthDate: "2015-03-08", birthPlace: "44109"),
    ]

    private static func make(
        _ number: Int, body: String, birthName: String, given: [String], sex: AdministrativeSex,
        birthDate: String, birthPlace: String
    ) -> DemoPatient {
        // The bodies above are constants: a failure here is a typo in this file, not an input error.
        guard let key = NIRKey.compute(body),
              let ins = try? INS(matricule: body + key, authorityOID: INSAuthority.demo.oid)
        else { preconditionFailure("demo NIR body \(body) is malformed") }
        let traits = INSTraits(
            birthName: birthName, birthGivenNames: given, sex: sex, birthDate: birthDate,
            birthPlaceCode: birthPlace, status: .qualified)
        return DemoPatient(number: number, ins: ins, traits: traits)
    }
}
