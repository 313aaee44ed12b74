import DMPDomain
import Foundation
import Testing

/// Loading and replacing matrix files.
@Suite("Matrix files: class fallback, specialties, replacement and refusals")
struct MatrixFileTests {
    /// Shorthand for the shared fixtures.
    typealias F = PolicyFixtures

    /// A matrix file with these profession entries.
    static func file(_ professions: String, groups: String = "{}", unknown: String = "deny") -> Data {
        Data("""
        {"name": "test", "version": "t1", "source": "tests",
         "codeSystems": {"LOINC": "2.16.840.1.113883.6.1", "TRE_A03": "1.2.250.1.213.1.1.4.1", "TRE_A05": "1.2.250.1.213.1.1.4.12"},
         "groups": \(groups),
         "defaults": {"unknownProfession": "\(unknown)"},
         "professions": [\(professions)]}
        """.utf8)
    }

    @Test("a type without a rule takes its class's rule; a type rule beats its class")
    func classFallback() throws {
        let matrix = try HabilitationMatrix(data: Self.file("""
            {"profession": "60", "default": "deny", "allowClasses": ["TRE_A03:11"], "denyTypes": ["LOINC:68599-0"]}
            """))
        #expect(matrix.mayConsult(typeCode: Coding(code: "60591-5", system: F.loinc), profession: "60"))
        #expect(!matrix.mayConsult(typeCode: Coding(code: "68599-0", system: F.loinc), profession: "60"))
        #expect(!matrix.mayConsult(typeCode: Coding(code: "11488-4", system: F.loinc), profession: "60"))
    }

    @Test("an entry with a specialty replaces the profession's entry for that specialty")
    func specialty() throws {
        let matrix = try HabilitationMatrix(data: Self.file("""
            {"profession": "10", "default": "allow"},
            {"profession": "10", "specialty": "SM42", "default": "deny", "allowTypes": ["LOINC:11488-4"]}
            """))
        let type = Coding(code: "60591-5", system: F.loinc)
        #expect(matrix.mayConsult(typeCode: type, profession: "10"))
        #expect(matrix.mayConsult(typeCode: type, profession: "10", specialty: "SM01"))
        #expect(!matrix.mayConsult(typeCode: type, profession: "10", specialty: "SM42"))
        #expect(matrix.allowedTypeCodes(profession: "10", specialty: "SM42") == [CodeFilter(system: F.loinc, code: "11488-4")])
        #expect(matrix.listedProfessions == ["10", "10/SM42"])
    }

    @Test("groups expand in type lists; unknownProfession may be set to allow")
    func groupsAndUnknown() throws {
        let matrix = try HabilitationMatrix(
            data: Self.file(#"{"profession": "70", "default": "deny", "allowTypes": ["@core"]}"#,
                            groups: #"{"core": ["LOINC:60591-5", "LOINC:11490-0"]}"#, unknown: "allow"))
        #expect(matrix.allowedTypeCodes(profession: "70").count == 2)
        #expect(matrix.mayConsult(typeCode: Coding(code: "11488-4", system: F.loinc), profession: "99"))
    }

    @Test("a matrix replaces the shipped one from a file, and the policy uses it")
    func fromFile() throws {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("matrix-\(UUID().uuidString).json")
        try Self.file(#"{"profession": "60", "default": "deny", "allowTypes": ["LOINC:11488-4"]}"#).write(to: url)
        defer { try? FileManager.default.removeItem(at: url) }
        let matrix = try HabilitationMatrix(contentsOf: url)
        #expect(matrix.version == "t1")
        let policy = AccessPolicy(matrix: matrix)
        let decision = F.decide(F.nurse, settings: F.authorising(F.nurseID), policy: policy)
        #expect(decision.visibility.allowedTypeCodes == [CodeFilter(system: F.loinc, code: "11488-4")])
        #expect(F.decide(F.physician, settings: F.authorising(F.physicianID), policy: policy).reason.code == .noHabilitation)
    }

    /// Files the loader must refuse, by name.
    static let broken: [(String, String)] = [
        ("unknown alias", #"{"profession": "10", "default": "allow", "denyTypes": ["XX:1"]}"#),
        ("no alias", #"{"profession": "10", "default": "allow", "denyTypes": ["11488-4"]}"#),
        ("unknown type", #"{"profession": "10", "default": "allow", "denyTypes": ["LOINC:00000-0"]}"#),
        ("unknown class", #"{"profession": "10", "default": "allow", "denyClasses": ["TRE_A03:77"]}"#),
        ("unknown group", #"{"profession": "10", "default": "allow", "denyTypes": ["@none"]}"#),
        ("bad decision", #"{"profession": "10", "default": "maybe"}"#),
        ("contradiction", #"{"profession": "10", "default": "allow", "allowTypes": ["LOINC:11488-4"], "denyTypes": ["LOINC:11488-4"]}"#),
        ("duplicate", #"{"profession": "10", "default": "allow"}, {"profession": "10", "default": "deny"}"#),
    ]

    @Test("a bad file is refused at load time", arguments: broken.indices)
    func refused(index: Int) {
        let (name, professions) = Self.broken[index]
        #expect(throws: HabilitationMatrixError.self, "\(name)") { try HabilitationMatrix(data: Self.file(professions)) }
    }

    @Test("a file that is not JSON, or missing, is refused")
    func notAFile() {
        #expect(throws: HabilitationMatrixError.self) { try HabilitationMatrix(data: Data("{".utf8)) }
        let missing = URL(fileURLWithPath: "/nonexistent/\(HabilitationMatrix.fileName)")
        #expect(throws: HabilitationMatrixError.self) { try HabilitationMatrix(contentsOf: missing) }
    }
}
