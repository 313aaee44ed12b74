import DMPDomain

/// One document of the demo data set, described once: the CDA or PDF bytes and the XDS
/// metadata are both generated from it, so that they agree by construction.
struct DemoDocumentSpec: Sendable {
    /// The two shapes of demo document.
    enum Kind: Sendable {
        /// A CDA R2 document with a structured body.
        case cda
        /// A PDF file.
        case pdf
    }

    /// The patient's number (``DemoPatient/number``).
    let patient: Int
    /// The document's number within the patient's record.
    let number: Int
    /// CDA or PDF.
    let kind: Kind
    /// typeCode (LOINC, JDV_J07).
    let type: Coding
    /// Title.
    let title: String
    /// Author.
    let author: DemoProfessional
    /// Creation time (and start of the act documented).
    let time: DemoTime
    /// The narrative, one paragraph per entry.
    let paragraphs: [String]
    /// Whether the document is masked from professionals (`MASQUE_PS`).
    var masked = false
    /// The number of the document of the same patient this one replaces.
    var replaces: Int?
    /// Whether the author archives the document after publishing it.
    var archived = false

    /// Deterministic uniqueId, so that seeding twice finds the documents of the first run.
    var uniqueId: String { Self.uniqueId(patient: patient, number: number) }

    /// Deterministic submission set uniqueId.
    var submissionSetId: String { "1.2.250.1.999.3.\(patient).\(number)" }

    /// CDA setId, shared by a document and the versions that replace it.
    var setId: String { "1.2.250.1.999.4.\(patient).\(replaces ?? number)" }

    /// The uniqueId of document `number` of patient `patient`.
    static func uniqueId(patient: Int, number: Int) -> String { "1.2.250.1.999.2.\(patient).\(number)" }

    /// The confidentiality set: N, plus MASQUE_PS when masked.
    var confidentiality: [Coding] {
        masked ? [ConfidentialityCode.normal, ConfidentialityCode.maskedToProfessionals] : [ConfidentialityCode.normal]
    }
}
