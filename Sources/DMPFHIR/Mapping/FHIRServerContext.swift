import DMPDomain

/// What the mapping needs to know about this deployment.
public struct FHIRServerContext: Sendable, Hashable {
    /// Absolute base URL of the FHIR API, without trailing slash (`https://dmp.example/fhir`);
    /// attachment URLs, `fullUrl`s and paging links are built on it.
    public var baseURL: String
    /// The DMP as `DocumentReference.custodian` (a contained Organization).
    public var custodian: Author.Institution

    /// Creates a context; a trailing slash of `baseURL` is dropped.
    public init(baseURL: String, custodian: Author.Institution) {
        var base = baseURL
        while base.hasSuffix("/") { base.removeLast() }
        self.baseURL = base
        self.custodian = custodian
    }

    /// `<base>/<relative>`.
    public func absolute(_ relative: String) -> String { "\(baseURL)/\(relative)" }
}
