import DMPDomain
import DMPStorage

/// FHIR reads name a resource without its patient: these find the patient first. An unknown
/// id gives the same `documentNotFound` as a hidden one.
extension DMPServices {
    /// The patient owning the document version `entryUUID`.
    public func patientKey(ofDocument entryUUID: EntryUUID) async throws -> PatientKey {
        try await routed(entryUUID, kind: .document)
    }

    /// The patient owning the submission set or folder `entryUUID`.
    public func patientKey(ofList entryUUID: EntryUUID) async throws -> PatientKey {
        if let key = try await store.transaction({ tx in try await tx.patientKey(forEntry: entryUUID, kind: .submissionSet) }) {
            return key
        }
        return try await routed(entryUUID, kind: .folder)
    }

    /// The patient whose FHIR Patient resource id is `resourceID`.
    public func patientKey(forResourceID resourceID: String) async throws -> PatientKey {
        guard let key = try await store.transaction({ tx in try await tx.patientKey(forResourceID: resourceID) }) else {
            throw DMPError(.recordNotFound, "No such patient.")
        }
        return key
    }

    private func routed(_ entryUUID: EntryUUID, kind: RecordTransaction.RouteKind) async throws -> PatientKey {
        guard let key = try await store.transaction({ tx in try await tx.patientKey(forEntry: entryUUID, kind: kind) }) else {
            throw DMPError(.documentNotFound, "No such document in this DMP.")
        }
        return key
    }
}
