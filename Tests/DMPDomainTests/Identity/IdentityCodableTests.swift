import DMPDomain
import Foundation
import Testing

@Suite("Identity JSON coding")
struct IdentityCodableTests {
    private func json<T: Encodable>(_ value: T) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(value), as: UTF8.self)
    }

    private func decode<T: Decodable>(_ type: T.Type, _ text: String, policy: INSValidationPolicy? = nil) throws -> T {
        let decoder = JSONDecoder()
        if let policy { decoder.userInfo[.insValidationPolicy] = policy }
        return try decoder.decode(type, from: Data(text.utf8))
    }

    @Test func insRoundTrip() throws {
        let ins = try INS(matricule: "279035121518989", authorityOID: "1.2.250.1.213.1.4.10")
        let text = try json(ins)
        #expect(text == #"{"authority":"1.2.250.1.213.1.4.10","matricule":"279035121518989"}"#)
        #expect(try decode(INS.self, text) == ins)
    }

    @Test("decoding validates: bad key, billing OID, unknown OID")
    func insDecodingValidates() {
        for text in [
            #"{"authority":"1.2.250.1.213.1.4.8","matricule":"221042545611404"}"#,
            #"{"authority":"1.2.250.1.213.1.4.13","matricule":"277076322082910"}"#,
            #"{"authority":"1.2.3","matricule":"277076322082910"}"#,
        ] {
            #expect(throws: DecodingError.self) { try decode(INS.self, text) }
        }
    }

    @Test("a relaxed policy in userInfo reads back test patients with a wrong key")
    func insDecodingPolicy() throws {
        let text = #"{"authority":"1.2.250.1.213.1.4.10","matricule":"123456789012345"}"#
        #expect(throws: DecodingError.self) { try decode(INS.self, text) }
        let relaxed = INSValidationPolicy(acceptInvalidKeyForTestAuthority: true)
        #expect(try decode(INS.self, text, policy: relaxed).matricule == "123456789012345")
    }

    @Test func singleValueTypes() throws {
        #expect(try json(INSAuthority.nia) == #""1.2.250.1.213.1.4.9""#)
        #expect(try decode(INSAuthority.self, #""1.2.250.1.213.1.4.9""#) == .nia)
        #expect(throws: DecodingError.self) { try decode(INSAuthority.self, #""1.2.250.1.213.1.4.13""#) }
        #expect(try json(IdentityStatus.recovered) == #""RECUP""#)
        #expect(throws: DecodingError.self) { try decode(IdentityStatus.self, #""NOPE""#) }
        #expect(try json(AdministrativeSex.male) == #""M""#)
        #expect(throws: DecodingError.self) { try decode(AdministrativeSex.self, #""m""#) }
        #expect(try decode(IDNPS.self, #""810003461033""#).rpps == "10003461033")
        #expect(throws: DecodingError.self) { try decode(IDNPS.self, #""2123""#) }
        #expect(try decode(RPPS.self, #""99700367917""#).value == "99700367917")
        #expect(throws: DecodingError.self) { try decode(RPPS.self, #""10003461033""#) }
        #expect(try decode(ADELI.self, #""0B1057294""#).value == "0B1057294")
        #expect(try decode(FINESS.self, #""750712184""#).value == "750712184")
        #expect(throws: DecodingError.self) { try decode(FINESS.self, #""750712185""#) }
        #expect(try decode(StructureIdentifier.self, #""1120459876""#).kind == .finess)
        #expect(try decode(INSValidationPolicy.self, try json(INSValidationPolicy.strict)) == .strict)
    }

    @Test func traitsRoundTrip() throws {
        let traits = INSTraits(
            birthName: "NESSI", birthGivenNames: ["RUTH"], sex: .female, birthDate: "1977-07-06",
            birthPlaceCode: nil, status: .recovered)
        let text = try json(traits)
        #expect(text.contains(#""sex":"F""#) && text.contains(#""status":"RECUP""#))
        #expect(try decode(INSTraits.self, text) == traits)
    }
}
