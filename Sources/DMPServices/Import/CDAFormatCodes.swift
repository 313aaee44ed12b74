import DMPCDA
import DMPDomain

/// formatCode of a CDA from the CI-SIS model it declares (the role of the ANS association
/// table ASS_A11-CorresModeleCDA-XdsFormatCode, which was not read: this table covers the
/// models the project has met, and unknown models fall back to "document not referenced by
/// IHE or the CI-SIS", which the producer can override).
enum CDAFormatCodes {
    static let ciSIS = "1.2.250.1.213.1.1.4.2.282"
    static let ihe = "1.3.6.1.4.1.19376.1.2.3"

    /// CI-SIS model templateId root → formatCode.
    static let byTemplate: [String: Coding] = [
        "1.2.250.1.213.1.1.1.55": Coding(code: "urn:ihe:lab:xd-lab:2008", system: ihe, display: "CR d'examens biologiques"),
        "1.2.250.1.213.1.1.1.59": Coding(code: "urn:ans:ci-sis:trod:2024", system: ciSIS, display: "Test rapide d'orientation diagnostique"),
        "1.2.250.1.213.1.1.1.36": Coding(code: "urn:asip:ci-sis:hr:2019", system: ciSIS, display: "Données de remboursement"),
        "1.2.250.1.213.1.1.1.5.1": Coding(code: "urn:asip:ci-sis:cse-cs8:2017", system: ciSIS, display: "Certificat de santé du 8e jour"),
        "1.2.250.1.213.1.1.1.45": Coding(code: "urn:ihe:rad:CDA:ImagingReportStructuredHeadings:2013", system: ihe, display: "CR d'imagerie médicale"),
        "1.2.250.1.213.1.1.1.29": Coding(code: "urn:asip:ci-sis:ldl-ses:2017", system: ciSIS, display: "Lettre de liaison à la sortie d'un établissement de santé"),
        "1.2.250.1.213.1.1.1.30": Coding(code: "urn:asip:ci-sis:sdm-mr:2017", system: ciSIS, display: "Set de données minimum maladies rares"),
        "1.2.250.1.213.1.1.1.46": Coding(code: "urn:asip:ci-sis:vac-note:2021", system: ciSIS, display: "Note de vaccination"),
        "1.2.250.1.213.1.1.1.37": Coding(code: "urn:asip:ci-sis:vac:2019", system: ciSIS, display: "Historique des vaccinations"),
        "1.2.250.1.213.1.1.1.13": Coding(code: "urn:asip:ci-sis:vsm:2012", system: ciSIS, display: "Synthèse médicale"),
        "1.2.250.1.213.1.1.1.39": Coding(code: "urn:ihe:pharm:pre:2010", system: ihe, display: "Prescription"),
    ]

    static let unstructuredPDF = Coding(code: "urn:ihe:iti:xds-sd:pdf:2008", system: ihe, display: "Document à corps non structuré en Pdf/A-1")
    static let unstructuredText = Coding(code: "urn:ihe:iti:xds-sd:text:2008", system: ihe, display: "Document à corps non structuré en texte brut")
    static let notReferenced = Coding(code: "urn:asipSante:modelesHorsProfils:2011", system: ciSIS, display: "Document non référencé IHE ou CI-SIS")

    /// The formatCode of a document with this header.
    static func formatCode(for header: CDAHeader) -> Coding {
        if case .nonXML(let mediaType, _) = header.body {
            switch mediaType?.lowercased() {
            case "application/pdf": return unstructuredPDF
            case "text/plain": return unstructuredText
            default: return notReferenced
            }
        }
        for templateId in header.templateIds.reversed() {
            if let code = byTemplate[templateId.root] { return code }
        }
        return notReferenced
    }
}
