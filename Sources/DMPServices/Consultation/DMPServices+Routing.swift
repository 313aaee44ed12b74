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

extension DMPServices {
    /// The patient owning the document a business identifier names (conditional PATCH).
    /// None is not-found; two patients is a conflict the caller must resolve (FHIR answers
    /// 412 to an ambiguous conditional request).
    public func patientKey(ofDocumentNamed target: DocumentTarget) async throws -> PatientKey {
        let keys = try await store.transaction { tx in try await tx.patientKeys(forDocumentIdentifier: target) }
        guard let key = keys.first else { throw DMPError(.documentNotFound, "No such document in this DMP.") }
        guard keys.count == 1 else {
            throw DMPError(.ambiguousIdentifier, "This identifier names documents of several patients; name the document by its id.")
        }
        return key
    }
}
