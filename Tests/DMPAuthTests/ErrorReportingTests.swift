import DMPAuth
import Foundation
import Testing

@Suite("Error messages and WWW-Authenticate")
struct ErrorReportingTests {
    /// One value of every case.
    static let all: [AuthenticationError] = [
        .missingCredentials, .notBearer, .malformedToken(reason: "r"), .disallowedAlgorithm("HS256"),
        .disallowedAlgorithm(nil), .unknownIssuer, .unknownKeyID, .keyAlgorithmMismatch, .invalidSignature,
        .wrongAudience, .expired, .notYetValid, .missingClaim("sub"), .invalidClaim("name", reason: "r"),
        .invalidProfessionalIdentifier(reason: "r"), .invalidStructureIdentifier(reason: "r"), .unknownProfession,
        .unknownSector, .unknownCardType, .unknownAccessMode, .missingAccessReason, .accessReasonTooLong(limit: 500),
        .notARegulatingPhysician,
    ]

    @Test("every case has its own message")
    func distinct() {
        #expect(Set(Self.all.map(\.description)).count == Self.all.count)
    }

    @Test("a missing or non-Bearer credential gets the bare challenge")
    func bareChallenge() {
        #expect(AuthenticationError.missingCredentials.wwwAuthenticate == #"Bearer realm="dmp""#)
        #expect(AuthenticationError.notBearer.wwwAuthenticate == #"Bearer realm="dmp""#)
    }

    @Test("other failures are invalid_token with an RFC 6750-safe description")
    func invalidToken() {
        #expect(AuthenticationError.expired.wwwAuthenticate
            == #"Bearer realm="dmp", error="invalid_token", error_description="The token has expired (exp).""#)
        for error in Self.all.dropFirst(2) {
            let value = error.wwwAuthenticate
            #expect(value.hasPrefix(#"Bearer realm="dmp", error="invalid_token", error_description=""#))
            let description = value.split(separator: "error_description=\"", maxSplits: 1)[1].dropLast()
            #expect(description.unicodeScalars.allSatisfy { (0x20...0x7E).contains($0.value) && $0 != "\"" && $0 != "\\" })
        }
    }

    @Test("no error raised for a bad token repeats the token or its claim values")
    func noEcho() async throws {
        let fixture = try await Fixture()
        let cases: [[String: JSONValue?]] = [
            ["sub": "XSECRETSUB"], ["structure_id": "SECRET STRUCT"], ["profession": "SECRETPROF"],
            ["purpose_of_use": "SECRETMODE"], ["iss": "https://SECRET.example"], ["aud": "urn:SECRET"],
            ["sector": "SECRETSECTOR"], ["card": "SECRETCARD"],
        ]
        for changes in cases {
            let token = try await fixture.issuer.token(changes)
            let error = try #require(await fixture.error(for: token))
            #expect(!error.description.contains("SECRET"), "\(error)")
            #expect(!error.wwwAuthenticate.contains(token))
        }
        let garbage = "eyJhbGciOiJFUzI1NiJ9.SECRET.SECRET"
        let error = try #require(await fixture.error(for: garbage))
        #expect(!error.description.contains("SECRET"))
    }
}
