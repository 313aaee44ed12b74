import DMPAuth
import Foundation
import Logging

/// Builds the token verifier the configuration asks for: the issuers of
/// `dmp.auth.issuers.file`, plus the development issuer when `dmp.auth.development` is on.
public enum AuthenticationSetup {
    /// The verifier; throws when no issuer at all is trusted (the API would refuse everyone).
    public static func verifier(_ configuration: ServerConfiguration, logger: Logger) async throws -> TokenVerifier {
        var issuers: [TrustedIssuer] = []
        if let file = configuration.authIssuersFile {
            issuers += try TrustedIssuersFile.load(file)
        }
        if configuration.authDevelopment {
            let development = try developmentIssuer(configuration)
            issuers.append(development.trustedIssuer)
            logger.warning("trusting the development token issuer: never do this in production", metadata: ["issuer": "\(development.issuer)"])
        }
        guard !issuers.isEmpty else {
            throw ConfigurationError(
                key: ServerConfiguration.Key.authIssuersFile,
                reason: "no token issuer is trusted: set it, or turn dmp.auth.development on for a demo")
        }
        return try await TokenVerifier(TokenVerifier.Configuration(issuers: issuers, audiences: [configuration.authAudience]))
    }

    /// The development issuer of this data folder (its key is created on first use).
    public static func developmentIssuer(_ configuration: ServerConfiguration) throws -> DevelopmentIssuer {
        try DevelopmentIssuer(dataDirectory: URL(fileURLWithPath: configuration.dataDirectory), audience: configuration.authAudience)
    }
}
