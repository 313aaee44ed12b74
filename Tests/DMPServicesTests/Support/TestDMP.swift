import DMPTestSupport
import DMPDomain
import DMPServices
import DMPStorage
import Foundation
import Logging

/// A DMP on a real database in a temporary folder, removed afterwards.
struct TestDMP: Sendable {
    let services: DMPServices
    let directory: URL
    let clock: TestClock
    let database: TestDatabase

    var store: SQLRecordStore { services.store }
    var blobs: FileBlobStore { services.blobs }

    /// Runs `body` with a fresh DMP on `database`, then removes everything.
    static func with<T: Sendable>(
        _ database: TestDatabase, configuration: ServiceConfiguration = .testing,
        _ body: (TestDMP) async throws -> T
    ) async throws -> T {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("dmp-test-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        let (location, dropDatabase) = try await database.makeLocation(in: directory)
        let logger = Logger(label: "dmp.tests")
        let store = try await SQLRecordStore.open(location, logger: logger)
        let clock = TestClock()
        do {
            try await store.migrate()
            let services = DMPServices(
                store: store, blobs: try FileBlobStore(root: directory.appendingPathComponent("blobs")),
                configuration: configuration, logger: logger, clock: { clock.now })
            let result = try await body(TestDMP(services: services, directory: directory, clock: clock, database: database))
            await store.shutdown()
            await dropDatabase()
            try? FileManager.default.removeItem(at: directory)
            return result
        } catch {
            await store.shutdown()
            await dropDatabase()
            try? FileManager.default.removeItem(at: directory)
            throw error
        }
    }

    /// The holder authorises these professionals to consult (the record must exist).
    func authorise(_ actors: Actor..., patient: INS = Fixtures.patient) async throws {
        let key = PatientKey(patient)
        for actor in actors {
            try await services.grantAuthorisation(key, to: try IDNPS(actor.id), actor: .holder(key))
        }
    }

    /// Rows of every patient-scoped table for `patient`.
    func rowCounts(_ patient: INS) async throws -> [String: Int] {
        try await store.transaction { tx in try await tx.rowCounts(PatientKey(patient)) }
    }

    /// Rows of the registry tables (documents, sets, folders, associations) for `patient`.
    func registryRows(_ patient: INS) async throws -> Int {
        let counts = try await rowCounts(patient)
        return ["dmp_document_codes", "dmp_document_entries", "dmp_submission_sets", "dmp_folders", "dmp_associations", "dmp_entry_routes", "dmp_identifier_routes"]
            .reduce(0) { $0 + (counts[$1] ?? 0) }
    }

    /// The audit chain of `patient`.
    func audit(_ patient: INS) async throws -> [ChainedAuditEvent] {
        try await store.transaction { tx in try await tx.auditEvents(PatientKey(patient)) }
    }
}

extension ServiceConfiguration {
    /// Production rules, except that the test authority's bad keys are accepted, as several
    /// official examples carry them.
    static let testing = ServiceConfiguration(insPolicy: INSValidationPolicy(acceptInvalidKeyForTestAuthority: true))
}
