import DMPAuth
import Foundation
import Testing

@Suite("Audience, expiry, not-before and clock skew")
struct TimeAndAudienceTests {
    /// `TestIssuer.now` in seconds.
    static let t = TestIssuer.now.timeIntervalSince1970

    @Test("a token for another audience is refused")
    func wrongAudience() async throws {
        let fixture = try await Fixture()
        #expect(try await fixture.error(claims: ["aud": "urn:other"]) == .wrongAudience)
        #expect(try await fixture.error(claims: ["aud": ["urn:other", "urn:another"]]) == .wrongAudience)
    }

    @Test("an array audience containing ours is accepted")
    func arrayAudience() async throws {
        let fixture = try await Fixture()
        #expect(try await fixture.error(claims: ["aud": ["urn:other", "urn:dmp"]]) == nil)
    }

    @Test("any configured audience is accepted")
    func configuredAudiences() async throws {
        let fixture = try await Fixture { $0.audiences = ["https://dmp.example/fhir", "urn:dmp:test"] }
        #expect(try await fixture.error(claims: ["aud": "urn:dmp:test"]) == nil)
        #expect(try await fixture.error(claims: ["aud": "urn:dmp"]) == .wrongAudience)
    }

    @Test("aud and exp are required")
    func required() async throws {
        let fixture = try await Fixture()
        #expect(try await fixture.error(claims: ["aud": nil]) == .missingClaim("aud"))
        #expect(try await fixture.error(claims: ["aud": []]) == .missingClaim("aud"))
        #expect(try await fixture.error(claims: ["exp": nil]) == .missingClaim("exp"))
    }

    @Test("exp: accepted until the skew has passed, refused from then on",
          arguments: [(-59.0, true), (-60.0, false), (-3600.0, false), (1.0, true)])
    func expiry(offset: Double, accepted: Bool) async throws {
        let fixture = try await Fixture()
        let error = try await fixture.error(claims: ["exp": .number(Self.t + offset), "iat": .number(Self.t - 4000), "nbf": nil])
        #expect(error == (accepted ? nil : .expired))
    }

    @Test("a token expires as the injected clock moves on")
    func clockMoves() async throws {
        let issuer = TestIssuer()
        let token = try await issuer.token()  // exp = now + 300
        let before = try await Fixture(issuer: issuer, now: TestIssuer.now.addingTimeInterval(359))
        let after = try await Fixture(issuer: issuer, now: TestIssuer.now.addingTimeInterval(360))
        #expect(await before.error(for: token) == nil)
        #expect(await after.error(for: token) == .expired)
    }

    @Test("nbf: accepted within the skew, refused beyond it",
          arguments: [(60.0, true), (61.0, false), (-10.0, true)])
    func notBefore(offset: Double, accepted: Bool) async throws {
        let fixture = try await Fixture()
        let error = try await fixture.error(claims: ["nbf": .number(Self.t + offset), "exp": .number(Self.t + 600)])
        #expect(error == (accepted ? nil : .notYetValid))
    }

    @Test("iat in the future beyond the skew is not yet valid")
    func issuedInFuture() async throws {
        let fixture = try await Fixture()
        #expect(try await fixture.error(claims: ["iat": .number(Self.t + 61), "exp": .number(Self.t + 600)]) == .notYetValid)
        #expect(try await fixture.error(claims: ["iat": .number(Self.t + 60), "exp": .number(Self.t + 600)]) == nil)
    }

    @Test("a zero skew is exact")
    func zeroSkew() async throws {
        let fixture = try await Fixture { $0.clockSkew = .zero }
        #expect(try await fixture.error(claims: ["exp": .number(Self.t)]) == .expired)
        #expect(try await fixture.error(claims: ["exp": .number(Self.t + 1)]) == nil)
        #expect(try await fixture.error(claims: ["nbf": .number(Self.t + 1)]) == .notYetValid)
    }

    @Test("fractional NumericDates are accepted")
    func fractional() async throws {
        #expect(try await Fixture().error(claims: ["exp": .number(Self.t + 10.5), "iat": .number(Self.t - 0.25)]) == nil)
    }

    @Test("time claims of the wrong type are invalid claims")
    func wrongTypes() async throws {
        let fixture = try await Fixture()
        #expect(try await fixture.error(claims: ["exp": "tomorrow"]) == .invalidClaim("exp", reason: "it has the wrong JSON type"))
        #expect(try await fixture.error(claims: ["aud": 42]) == .invalidClaim("aud", reason: "it has the wrong JSON type"))
    }
}
