import DMPDomain

/// Fills a DMP with fictitious patients, professionals and documents for demonstrations and
/// manual testing, through the same use cases as every other caller (policy and audit apply).
///
/// Seeding is idempotent: records that exist are kept, documents already present (found by
/// their deterministic uniqueIds) are not submitted again, and the archived document is
/// archived only once, so running it at every `dmp serve --demo` adds nothing.
public enum DemoData {
    /// Seeds `services`. `actor` creates the records and looks for existing documents, so it
    /// must see every document: the system or an operator (`Actor.system`), not a
    /// professional. Each document is published (and archived) by its author, so that the
    /// patient's history shows who wrote what, as it would with real professionals.
    public static func seed(into services: DMPServices, actor: Actor) async throws -> DemoSummary {
        var recordsCreated = 0
        var published = 0
        var total = 0
        for patient in DemoPatient.all {
            let key = PatientKey(patient.ins)
            if try await createRecordIfMissing(patient, services: services, actor: actor) {
                recordsCreated += 1
                try await authoriseCareTeam(key, services: services)
            }
            var statuses = try await currentStatuses(of: key, services: services, actor: actor)
            for spec in DemoCatalogue.documents(for: patient) {
                if statuses[spec.uniqueId] == nil {
                    let submission = try spec.submission(for: patient, terminology: services.terminology)
                    _ = try await services.publish(submission, actor: spec.author.actor)
                    statuses[spec.uniqueId] = .approved
                    published += 1
                }
                if spec.archived, statuses[spec.uniqueId] == .approved {
                    try await services.changeStatus(key, .uniqueId(spec.uniqueId), to: .archived, actor: spec.author.actor)
                    statuses[spec.uniqueId] = .archived
                }
                total += 1
            }
        }
        return DemoSummary(
            patients: DemoPatient.all, recordsCreated: recordsCreated, documentsPublished: published, documentsTotal: total)
    }

    /// The holder's choices of a freshly created demo record: the GP is the médecin traitant,
    /// the nurse and the pharmacist are authorised to consult (so that `dmp token` tokens of
    /// these professionals can search the demo records).
    private static func authoriseCareTeam(_ key: PatientKey, services: DMPServices) async throws {
        let holder = Actor.holder(key)
        try await services.designateAttendingPhysician(key, try IDNPS(DemoProfessional.generalPractitioner.idnps), actor: holder)
        for professional in [DemoProfessional.nurse, DemoProfessional.pharmacist] {
            try await services.grantAuthorisation(key, to: try IDNPS(professional.idnps), actor: holder)
        }
        // A fictitious address on the reserved example.org domain, so that the demo's
        // notifications (written as .eml files) have a recipient.
        try await services.setHolderEmail(key, "titulaire.\(key.resourceID.prefix(8))@example.org", actor: holder)
    }

    /// Creates the record with the patient's INS traits; false when it already exists.
    private static func createRecordIfMissing(_ patient: DemoPatient, services: DMPServices, actor: Actor) async throws -> Bool {
        do {
            try await services.createRecord(patient.ins, traits: patient.traits, actor: actor)
            return true
        } catch let error as DMPError where error.code == .recordExists {
            return false
        }
    }

    /// The status of every document of the record, by uniqueId (deleted ones excepted).
    private static func currentStatuses(
        of key: PatientKey, services: DMPServices, actor: Actor
    ) async throws -> [String: AvailabilityStatus] {
        let query = DocumentQuery(patientKey: key, statuses: AvailabilityStatus.all)
        let entries = try await services.searchDocuments(query, actor: actor).entries
        return Dictionary(entries.map { ($0.metadata.uniqueId, $0.status) }, uniquingKeysWith: { first, _ in first })
    }
}
