import DMPDomain
import Foundation

extension TokenVerifier {
    /// What a verifier trusts and how strict it is about time.
    public struct Configuration: Sendable {
        /// The issuers whose tokens are accepted, each with its keys.
        public var issuers: [TrustedIssuer]
        /// Accepted `aud` values: a token must name at least one of them.
        public var audiences: Set<String>
        /// Accepted `alg` values; ES256 only by default.
        public var allowedAlgorithms: Set<SignatureAlgorithm>
        /// Tolerance on `exp`, `nbf` and `iat` for clocks that disagree a little.
        public var clockSkew: Duration
        /// The current time; injectable so tests can stand anywhere in a token's lifetime.
        public var now: @Sendable () -> Date
        /// Where the TRE_R02 sectors a `sector` claim may name are read from.
        public var terminology: Terminology
        /// Longest token accepted, in bytes: a bound on the work one request can cause.
        public var maximumTokenLength: Int

        /// A configuration; every parameter but the issuers has the DMP default.
        public init(
            issuers: [TrustedIssuer],
            audiences: Set<String> = [TokenVerifier.defaultAudience],
            allowedAlgorithms: Set<SignatureAlgorithm> = [.es256],
            clockSkew: Duration = .seconds(60),
            now: @escaping @Sendable () -> Date = { Date() },
            terminology: Terminology = .bundled,
            maximumTokenLength: Int = 8192
        ) {
            self.issuers = issuers
            self.audiences = audiences
            self.allowedAlgorithms = allowedAlgorithms
            self.clockSkew = clockSkew
            self.now = now
            self.terminology = terminology
            self.maximumTokenLength = maximumTokenLength
        }
    }
}
