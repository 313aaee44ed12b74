import DMPDomain
import Testing

@Suite("Structure identifiers: StructIdNat and FINESS")
struct StructureIdentifierTests {
    @Test("kind from the prefix", arguments: [
        ("1120459876", StructureIdentifierKind.finess, "120459876"),      // ANS examples
        ("1750803447", StructureIdentifierKind.finess, "750803447"),
        ("2801234567", StructureIdentifierKind.siren, "801234567"),
        ("318003502400041", StructureIdentifierKind.siret, "18003502400041"),
        ("00B105729400", StructureIdentifierKind.adeliCabinet, "0B105729400"),
        ("41000346103301", StructureIdentifierKind.rppsRang, "1000346103301"),
        ("9876543", StructureIdentifierKind.technical, "9876543"),
        ("ABC-123", StructureIdentifierKind.technical, "ABC-123"),
    ])
    func kinds(value: String, kind: StructureIdentifierKind, local: String) throws {
        let identifier = try StructureIdentifier(value)
        #expect(identifier.kind == kind)
        #expect(identifier.localIdentifier == local)
        #expect(identifier.description == value)
        #expect(StructureIdentifier.oid == "1.2.250.1.71.4.2.2")
    }

    @Test("StructIdNat refused", arguments: [
        "", "1", "1 120459876", "1120459876^", "112045987&", "1120459876\n", "é123",
        String(repeating: "1", count: 65),
    ])
    func refused(value: String) {
        guard case .invalidStructureIdentifier? = identityError(StructureIdentifier.init, value) else {
            Issue.record("\"\(value)\" should be refused as a structure identifier")
            return
        }
    }

    @Test("FINESS accepted (Luhn key)", arguments: [
        "750712184",   // AP-HP
        "690781810",   // Hospices civils de Lyon
        "330781196",   // CHU de Bordeaux
        "750803447",   // ANS example StructIdNat 1750803447
        "920008059",   // ANS example StructIdNat 1920008059
        "2A0001234",   // Corsica: format only
        "2B9999999",
    ])
    func finessAccepted(value: String) throws {
        let finess = try FINESS(value)
        #expect(finess.department == String(value.prefix(2)))
        #expect(finess.structureIdentifier.value == "1" + value)
        #expect(finess.structureIdentifier.kind == .finess)
        #expect(finess.structureIdentifier.localIdentifier == value)
        #expect(FINESS.system == "https://finess.esante.gouv.fr")
    }

    @Test("FINESS refused", arguments: [
        ("750712185", "Luhn"),
        ("120459876", "Luhn"),       // ANS sample 1120459876: fictitious, wrong key
        ("75071218", "9 characters"),
        ("7507121840", "9 characters"),
        ("2C0001234", "département"),
        ("A20001234", "département"),
        ("7507121A4", "digits"),
        ("2A000123B", "digits"),
    ])
    func finessRefused(value: String, reasonFragment: String) {
        guard case .invalidFINESS(_, let reason)? = identityError(FINESS.init, value) else {
            Issue.record("\"\(value)\" should be refused as a FINESS")
            return
        }
        #expect(reason.contains(reasonFragment), "\(reason)")
    }

    @Test("a StructIdNat keeps a FINESS whose key is wrong: it is taken as issued")
    func structureIdentifierDoesNotCheckFINESSKey() throws {
        let identifier = try StructureIdentifier("1120459876")
        #expect(identifier.kind == .finess)
        #expect(identityError(FINESS.init, identifier.localIdentifier) != nil)
    }
}
