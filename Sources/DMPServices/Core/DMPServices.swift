import DMPDomain
import DMPStorage
import Foundation
import Logging

/// The use cases of the DMP, one transaction each, with the access policy and the audit
/// trail enforced here for every adapter (FHIR API, portal, command line).
public final class DMPServices: Sendable {
    /// The registry store.
    public let store: SQLRecordStore
    /// The document bytes.
    public let blobs: FileBlobStore
    /// Value sets.
    public let terminology: Terminology
    /// Business settings.
    public let configuration: ServiceConfiguration
    /// Access rules.
    public let policy: AccessPolicy
    let logger: Logger
    let clock: @Sendable () -> Date

    /// Creates the services over opened stores. `clock` is injectable so tests can move time
    /// (retention, purge).
    public init(
        store: SQLRecordStore, blobs: FileBlobStore, terminology: Terminology = .bundled,
        configuration: ServiceConfiguration = ServiceConfiguration(), policy: AccessPolicy = AccessPolicy(),
        logger: Logger = Logger(label: "dmp.services"), clock: @escaping @Sendable () -> Date = { Date() }
    ) {
        self.store = store
        self.blobs = blobs
        self.terminology = terminology
        self.configuration = configuration
        self.policy = policy
        self.logger = logger
        self.clock = clock
    }

    /// Validates an INS as adapters receive it (matricule + authority OID), under the
    /// configured policy, turning identity errors into business refusals.
    public func ins(matricule: String, authorityOID: String) throws(DMPError) -> INS {
        do {
            return try INS(matricule: matricule, authorityOID: authorityOID, policy: configuration.insPolicy)
        } catch {
            throw DMPError(.invalidINS, error.description, element: "patientId")
        }
    }
}
