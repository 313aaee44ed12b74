import DMPAuth
import DMPDomain
import Foundation

/// A verifier trusting one test issuer, with a clock the test sets.
struct Fixture {
    /// The issuer whose tokens are trusted.
    let issuer: TestIssuer
    /// The verifier under test.
    let verifier: TokenVerifier

    /// A verifier trusting `issuer` whose clock reads `now`; `configure` may change the rest.
    init(
        issuer: TestIssuer = TestIssuer(), now: Date = TestIssuer.now,
        configure: (inout TokenVerifier.Configuration) -> Void = { _ in }
    ) async throws {
        self.issuer = issuer
        var configuration = TokenVerifier.Configuration(issuers: [try issuer.trusted()], now: { now })
        configure(&configuration)
        verifier = try await TokenVerifier(configuration)
    }

    /// The error a header gets, or nil if it authenticates.
    func error(forHeader header: String?) async -> AuthenticationError? {
        do {
            _ = try await verifier.actor(fromAuthorizationHeader: header)
            return nil
        } catch {
            return error
        }
    }

    /// The error a token gets, or nil if it authenticates.
    func error(for token: String) async -> AuthenticationError? {
        await error(forHeader: "Bearer \(token)")
    }

    /// The error the test issuer's token with `changes` gets.
    func error(claims changes: [String: JSONValue?]) async throws -> AuthenticationError? {
        await error(for: try await issuer.token(changes))
    }
}
