import DMPDomain
import Testing

@Suite("Identity status, sex and INS traits")
struct IdentityTraitsTests {
    @Test(arguments: [
        ("PROV", false, false),
        ("VALI", false, true),
        ("RECUP", true, false),
        ("QUAL", true, true),
    ])
    func statuses(code: String, fromINSi: Bool, documentChecked: Bool) throws {
        let status = try IdentityStatus(code: code)
        #expect(status.code == code)
        #expect(status.isRetrievedFromINSi == fromINSi)
        #expect(status.isCheckedAgainstIDDocument == documentChecked)
        #expect(status.mayCarryINSInExchanges == (code == "QUAL"))
        #expect(status.label.hasPrefix("Identité"))
    }

    @Test func statusMembers() {
        #expect(IdentityStatus.all == [.provisional, .validated, .recovered, .qualified])
        #expect(IdentityStatus.qualified.code == "QUAL")
        #expect(IdentityStatus.system == "https://hl7.fr/ig/fhir/core/CodeSystem/fr-core-cs-identity-status")
    }

    @Test("unknown statuses", arguments: ["qual", "DOUB", "", " QUAL"])
    func unknownStatus(code: String) {
        #expect(throws: IdentityError.unknownIdentityStatus(code)) { try IdentityStatus(code: code) }
    }

    @Test func sexes() throws {
        #expect(AdministrativeSex.male.code == "M")
        #expect(AdministrativeSex.female.code == "F")
        #expect(AdministrativeSex.unknown.code == "U")
        #expect(try AdministrativeSex(code: "F") == .female)
        #expect(AdministrativeSex.female.fhirGender == "female")
        #expect(throws: IdentityError.unknownAdministrativeSex("X")) { try AdministrativeSex(code: "X") }
    }

    @Test func traits() {
        var traits = INSTraits(
            birthName: "PAT-TROIS", birthGivenNames: ["DOMINIQUE", "MARIE"], sex: .female,
            birthDate: "1979-03-15", birthPlaceCode: "51215", status: .qualified)
        #expect(traits.firstGivenName == "DOMINIQUE")
        #expect(traits.birthGivenNamesText == "DOMINIQUE MARIE")
        traits.birthGivenNames = []
        #expect(traits.firstGivenName == nil)
    }

    @Test("error descriptions are sentences")
    func descriptions() {
        let errors: [IdentityError] = [
            .unknownIdentityStatus("X"), .unknownAdministrativeSex("X"),
            .invalidIDNPS("2", reason: "r"), .invalidRPPS("1", reason: "r"), .invalidADELI("1", reason: "r"),
            .invalidStructureIdentifier("1", reason: "r"), .invalidFINESS("1", reason: "r"),
        ]
        for error in errors {
            #expect(error.description.hasSuffix("."), "\(error.description)")
        }
    }
}
