import DMPDomain

/// What an imported file cannot say about itself. A CDA header gives the patient, type,
/// title, dates and authors; a PDF gives nothing, so these fill the metadata.
public struct ImportOptions: Sendable {
    /// The patient, required for a PDF. For a CDA it is taken from the header; when given it
    /// must be the header's.
    public var patient: INS?
    /// typeCode of a PDF.
    public var typeCode: Coding?
    /// Title of a PDF (default: the file name without extension).
    public var title: String?
    /// Author of a PDF.
    public var author: Author?
    /// healthcareFacilityTypeCode when the file does not give one.
    public var healthcareFacilityTypeCode: Coding
    /// practiceSettingCode when the file does not give one.
    public var practiceSettingCode: Coding
    /// OID of the importing system (submission set sourceId).
    public var sourceId: String

    /// Creates options with the defaults of an ambulatory practice.
    public init(
        patient: INS? = nil, typeCode: Coding? = nil, title: String? = nil, author: Author? = nil,
        healthcareFacilityTypeCode: Coding = Coding(code: "SA07", system: "1.2.250.1.71.4.2.4", display: "Cabinet individuel"),
        practiceSettingCode: Coding = Coding(code: "AMBULATOIRE", system: "1.2.250.1.213.1.1.4.9", display: "Ambulatoire"),
        sourceId: String = "1.2.250.1.999.1.1"
    ) {
        self.patient = patient
        self.typeCode = typeCode
        self.title = title
        self.author = author
        self.healthcareFacilityTypeCode = healthcareFacilityTypeCode
        self.practiceSettingCode = practiceSettingCode
        self.sourceId = sourceId
    }
}

/// The outcome of importing one file.
public struct ImportedFile: Sendable {
    /// What was registered.
    public let result: PublishResult
    /// Things worth telling the operator (e.g. a CDA replacing a document not in the DMP,
    /// imported as a new document).
    public let warnings: [String]
}
