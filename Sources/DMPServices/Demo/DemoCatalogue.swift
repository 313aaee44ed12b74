import DMPDomain

/// The documents of the demo data set, per patient. All content is invented for the demo;
/// it covers the cases a demonstration needs: a masked document (patient 1, #3), a document
/// replaced by a corrected version (patient 1, #4 → #5), an archived one (patient 2, #2),
/// a PDF per patient, and documents by a physician, a nurse and a pharmacist.
enum DemoCatalogue {
    /// Consultation report.
    static let consultation = loinc("11488-4", "CR ou fiche de consultation ou de visite")
    /// Discharge letter.
    static let dischargeLetter = loinc("11490-0", "Lettre de liaison à la sortie d'un établissement de soins")
    /// Laboratory report.
    static let labReport = loinc("11502-2", "CR d'examens biologiques")
    /// Medical summary.
    static let medicalSummary = loinc("60591-5", "Synthèse médicale")
    /// Prescription.
    static let prescription = loinc("57833-6", "Prescription de produits de santé")
    /// Vaccination note.
    static let vaccinationNote = loinc("87273-9", "Note de vaccination")
    /// Dispensation by a pharmacist.
    static let dispensation = loinc("60593-1", "Dispensation médicamenteuse")

    /// The documents of `patient`, in publication order (a replaced document before its
    /// replacement).
    static func documents(for patient: DemoPatient) -> [DemoDocumentSpec] {
        switch patient.number {
        case 1: firstPatient
        case 2: secondPatient
        case 3: thirdPatient
        default: []
        }
    }

    private static let gp = DemoProfessional.generalPractitioner

    private static let firstPatient: [DemoDocumentSpec] = [
        DemoDocumentSpec(
            patient: 1, number: 1, kind: .cda, type: consultation, title: "Compte rendu de consultation", author: gp,
            time: DemoTime(2024, 1, 15, 9, 30), paragraphs: [
                "Motif : toux sèche persistante depuis trois semaines, sans fièvre.",
                "Examen : auscultation pulmonaire normale, SpO2 à 98 %.",
                "Conduite à tenir : radiographie thoracique si la toux persiste au-delà de 15 jours.",
            ]),
        DemoDocumentSpec(
            patient: 1, number: 2, kind: .cda, type: labReport, title: "Compte rendu d'examens biologiques", author: gp,
            time: DemoTime(2024, 2, 2, 11, 0), paragraphs: [
                "Hémogramme : pas d'anomalie.",
                "Glycémie à jeun : 0,92 g/L (valeurs de référence 0,70 - 1,10).",
                "LDL-cholestérol : 1,28 g/L (objectif < 1,60 g/L).",
            ]),
        DemoDocumentSpec(
            patient: 1, number: 3, kind: .cda, type: medicalSummary, title: "Synthèse médicale", author: gp,
            time: DemoTime(2024, 3, 10, 14, 15), paragraphs: [
                "Antécédents : appendicectomie (1995).",
                "Allergies : pénicilline (urticaire).",
                "Suivi psychologique en cours & à poursuivre, à la demande de la patiente.",
            ], masked: true),
        DemoDocumentSpec(
            patient: 1, number: 4, kind: .cda, type: dischargeLetter, title: "Lettre de liaison de sortie", author: gp,
            time: DemoTime(2024, 4, 5, 16, 0), paragraphs: [
                "Hospitalisation de jour pour coloscopie de dépistage.",
                "Examen normal. Pas de traitement de sortie.",
            ]),
        DemoDocumentSpec(
            patient: 1, number: 5, kind: .cda, type: dischargeLetter, title: "Lettre de liaison de sortie (version corrigée)",
            author: gp, time: DemoTime(2024, 4, 8, 10, 45), paragraphs: [
                "Hospitalisation de jour pour coloscopie de dépistage.",
                "Exérèse d'un polype de 4 mm (< 1 cm) ; analyse anatomopathologique en attente.",
                "Coloscopie de contrôle dans 3 ans.",
            ], replaces: 4),
        DemoDocumentSpec(
            patient: 1, number: 6, kind: .pdf, type: prescription, title: "Ordonnance", author: gp,
            time: DemoTime(2024, 5, 20, 8, 50), paragraphs: [
                "Paracétamol 1 g : 1 comprimé jusqu'à 3 fois par jour si douleur, pendant 5 jours.",
                "Sirop antitussif : 1 cuillère à soupe le soir, pendant 7 jours.",
            ]),
    ]

    private static let secondPatient: [DemoDocumentSpec] = [
        DemoDocumentSpec(
            patient: 2, number: 1, kind: .cda, type: consultation, title: "Consultation de suivi d'hypertension", author: gp,
            time: DemoTime(2023, 11, 20, 10, 0), paragraphs: [
                "Suivi d'hypertension artérielle essentielle.",
                "Pression artérielle : 138/84 mmHg. Poursuite du traitement par amlodipine 5 mg.",
            ]),
        DemoDocumentSpec(
            patient: 2, number: 2, kind: .cda, type: labReport, title: "Bilan rénal", author: gp,
            time: DemoTime(2023, 12, 1, 7, 40), paragraphs: [
                "Créatininémie : 9,8 mg/L ; DFG estimé > 60 mL/min/1,73 m².",
                "Kaliémie : 4,2 mmol/L.",
            ], archived: true),
        DemoDocumentSpec(
            patient: 2, number: 3, kind: .cda, type: vaccinationNote, title: "Note de vaccination",
            author: .nurse, time: DemoTime(2024, 10, 15, 15, 20), paragraphs: [
                "Vaccination antigrippale, saison 2024-2025.",
                "Injection intramusculaire dans le deltoïde gauche, lot DEMO-1234. Pas de réaction immédiate.",
            ]),
        DemoDocumentSpec(
            patient: 2, number: 4, kind: .cda, type: dispensation, title: "Dispensation médicamenteuse",
            author: .pharmacist, time: DemoTime(2024, 10, 20, 17, 5), paragraphs: [
                "Délivrance : amlodipine 5 mg, 1 boîte de 30 comprimés.",
                "Conseils : prise le matin, surveiller les œdèmes des chevilles.",
            ]),
        DemoDocumentSpec(
            patient: 2, number: 5, kind: .pdf, type: prescription, title: "Ordonnance de renouvellement", author: gp,
            time: DemoTime(2024, 10, 2, 9, 10), paragraphs: [
                "Amlodipine 5 mg : 1 comprimé le matin, pendant 3 mois.",
                "Bilan sanguin (créatininémie, kaliémie) dans 6 mois.",
            ]),
    ]

    private static let thirdPatient: [DemoDocumentSpec] = [
        DemoDocumentSpec(
            patient: 3, number: 1, kind: .cda, type: consultation, title: "Consultation de suivi pédiatrique", author: gp,
            time: DemoTime(2024, 9, 5, 17, 30), paragraphs: [
                "Croissance harmonieuse : poids 30 kg, taille 1,32 m.",
                "Développement et scolarité sans particularité.",
            ]),
        DemoDocumentSpec(
            patient: 3, number: 2, kind: .cda, type: medicalSummary, title: "Synthèse médicale", author: gp,
            time: DemoTime(2024, 9, 5, 17, 45), paragraphs: [
                "Asthme léger intermittent, traité à la demande.",
                "Allergie aux acariens.",
            ]),
        DemoDocumentSpec(
            patient: 3, number: 3, kind: .cda, type: vaccinationNote, title: "Note de vaccination",
            author: .nurse, time: DemoTime(2024, 9, 20, 16, 0), paragraphs: [
                "Vaccination de rattrapage rougeole-oreillons-rubéole (2e dose).",
                "Enfant accompagné de sa mère, titulaire de l'autorité parentale.",
            ]),
        DemoDocumentSpec(
            patient: 3, number: 4, kind: .pdf, type: prescription, title: "Ordonnance", author: gp,
            time: DemoTime(2024, 9, 5, 18, 0), paragraphs: [
                "Salbutamol 100 µg/dose : 2 bouffées si gêne respiratoire.",
                "Chambre d'inhalation pédiatrique : 1.",
            ]),
    ]

    private static func loinc(_ code: String, _ display: String) -> Coding {
        Coding(code: code, system: CodeSystems.loinc.oid, display: display)
    }
}
