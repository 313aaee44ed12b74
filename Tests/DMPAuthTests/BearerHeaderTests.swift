import DMPAuth
import JWTKit
import Testing

@Suite("Authorization header")
struct BearerHeaderTests {
    @Test("no header, or a blank one, is missing credentials", arguments: [nil, "", "   "] as [String?])
    func missing(header: String?) async throws {
        #expect(try await Fixture().error(forHeader: header) == .missingCredentials)
    }

    @Test("another scheme is not Bearer", arguments: ["Basic dXNlcjpwYXNz", "Token abc", "Bearerabc"])
    func otherScheme(header: String) async throws {
        #expect(try await Fixture().error(forHeader: header) == .notBearer)
    }

    @Test("'Bearer' without a token is malformed", arguments: ["Bearer", "Bearer    "])
    func noToken(header: String) async throws {
        let error = try await Fixture().error(forHeader: header)
        guard case .malformedToken = error else { Issue.record("got \(String(describing: error))"); return }
    }

    @Test("the scheme is case-insensitive and extra spaces are tolerated")
    func caseInsensitive() async throws {
        let fixture = try await Fixture()
        let token = try await fixture.issuer.token()
        #expect(await fixture.error(forHeader: "bearer \(token)") == nil)
        #expect(await fixture.error(forHeader: "  BEARER   \(token)  ") == nil)
    }

    @Test("a token that is not three base64url parts is malformed",
          arguments: ["abc", "a.b", "a.b.c.d", "e30.e30.***", "e30=.e30.c2ln", "a b.c.d"])
    func malformed(token: String) async throws {
        let error = try await Fixture().error(for: token)
        guard case .malformedToken = error else { Issue.record("got \(String(describing: error))"); return }
    }

    @Test("a header that is not JSON with an alg is malformed")
    func headerWithoutAlg() async throws {
        let fixture = try await Fixture()
        for header in [#"{"kid":"key-1"}"#, #"[1,2]"#, #"{"alg":42}"#] {
            let token = try RawToken.make(header: header, payload: fixture.issuer.claims())
            let error = await fixture.error(for: token)
            guard case .malformedToken = error else { Issue.record("\(header): got \(String(describing: error))"); continue }
        }
    }

    @Test("a critical header extension is refused")
    func criticalHeader() async throws {
        let fixture = try await Fixture()
        var header = JWTHeader()
        header.crit = ["exp"]
        let token = try await fixture.issuer.sign(fixture.issuer.claims(), header: header)
        let error = await fixture.error(for: token)
        guard case .malformedToken = error else { Issue.record("got \(String(describing: error))"); return }
    }

    @Test("an oversized token is refused before any parsing")
    func oversized() async throws {
        let fixture = try await Fixture { $0.maximumTokenLength = 100 }
        let error = await fixture.error(for: try await fixture.issuer.token())
        guard case .malformedToken = error else { Issue.record("got \(String(describing: error))"); return }
    }
}
