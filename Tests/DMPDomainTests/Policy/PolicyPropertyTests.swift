import DMPDomain
import Foundation
import PropertyBased
import Testing

/// Properties checked over random scenarios.
@Suite("Access policy properties over random settings, documents and actors")
struct PolicyPropertyTests {
    /// Shorthand for the shared fixtures.
    typealias F = PolicyFixtures

    /// Scenarios per property.
    static let runs = 1_000

    /// One random scenario, decided.
    struct Case {
        /// Who acts.
        let actor: Actor
        /// The record's settings.
        let settings: RecordSettings
        /// Whether the actor is flagged SAMU regulator.
        let samu: Bool
        /// The documents.
        let documents: [DocumentMetadata]
        /// The decision for a search of the record.
        let search: AccessDecision

        /// Builds and decides a scenario.
        init(_ settings: SettingsPlan, _ documents: [DocumentPlan], _ actor: ActorPlan) {
            self.actor = actor.build()
            self.settings = settings.build()
            self.samu = actor.samu
            self.documents = documents.map { $0.build() }
            self.search = F.decide(self.actor, .search, settings: self.settings, samu: actor.samu)
        }

        /// The decision for `action` on `document`.
        func decide(_ action: AccessAction, _ document: DocumentMetadata) -> AccessDecision {
            F.decide(actor, action, settings: settings, document: document, samu: samu)
        }
    }

    /// Runs `property` on ``runs`` random scenarios of up to six documents.
    static func forEachScenario(_ property: (Case) -> Void) async {
        let documents = PolicyGenerators.document().array(of: 1...6)
        await propertyCheck(
            count: runs, input: PolicyGenerators.settings(), documents, PolicyGenerators.actor()
        ) { settings, documents, actor in
            property(Case(settings, documents, actor))
        }
    }

    @Test("(a) a refused consultation of the record hides everything, as does every refusal")
    func refusalHidesEverything() async {
        await Self.forEachScenario { scenario in
            if !scenario.search.isAllowed {
                #expect(scenario.search.visibility.hidesEverything)
                #expect(scenario.documents.allSatisfy { !scenario.search.visibility.allows($0) })
            }
            for document in scenario.documents {
                for action in [AccessAction.read, .changeStatus, .changeConfidentiality] {
                    let decision = scenario.decide(action, document)
                    if !decision.isAllowed { #expect(decision.visibility.hidesEverything) }
                }
            }
        }
    }

    @Test("(b) the SQL-expressible restriction and the single-document decision never disagree")
    func restrictionAgreesWithDocumentDecision() async {
        await Self.forEachScenario { scenario in
            for document in scenario.documents {
                let listed = scenario.search.visibility.allows(document)
                let codes = document.confidentialityCodes.map(\.code)
                #expect(listed == scenario.decide(.read, document).isAllowed, "\(document.typeCode.code) \(codes)")
                #expect(listed == scenario.decide(.retrieve, document).isAllowed)
            }
        }
    }

    @Test("(c) a blocked professional never sees anything")
    func blockedSeesNothing() async {
        await Self.forEachScenario { scenario in
            guard scenario.actor.kind == .professional, scenario.settings.isBlocked(scenario.actor.id) else { return }
            #expect(scenario.search.reason.code == .blockedProfessional)
            #expect(scenario.search.visibility.hidesEverything)
            for document in scenario.documents {
                #expect(!scenario.decide(.read, document).isAllowed)
            }
        }
    }

    @Test("(d) MASQUE_PS is hidden from a non-author professional unless médecin traitant-like or in an emergency with MASKED")
    func maskedStaysMasked() async {
        await Self.forEachScenario { scenario in
            let professional = scenario.actor
            guard professional.kind == .professional else { return }
            let settings = scenario.settings
            let privileged = settings.isAttendingPhysician(professional.id) || settings.isAdministrator(professional.id)
            let emergencyMasked = professional.accessMode.isEmergency && settings.emergencyConsents.maskedDocuments == .permit
            guard !privileged, !emergencyMasked else { return }
            for document in scenario.documents
            where document.hasConfidentiality(ConfidentialityCode.maskedToProfessionals)
                && !document.authors.contains(where: { $0.person?.id == professional.id }) {
                #expect(!scenario.search.visibility.allows(document))
                #expect(!scenario.decide(.read, document).isAllowed)
            }
        }
    }

    @Test("the holder's side never sees what is hidden from it, and professionals only what their profession may")
    func flagsAndMatrix() async {
        await Self.forEachScenario { scenario in
            for document in scenario.documents where scenario.decide(.read, document).isAllowed {
                switch scenario.actor.kind {
                case .patient:
                    #expect(!document.hasConfidentiality(ConfidentialityCode.invisibleToPatient)
                        || document.authors.contains { $0.person?.id == F.key.ins.matricule })
                case .legalRepresentative:
                    #expect(!document.hasConfidentiality(ConfidentialityCode.invisibleToPatient))
                    #expect(!document.hasConfidentiality(ConfidentialityCode.invisibleToLegalRepresentatives))
                default:
                    let isAuthor = document.authors.contains { $0.person?.id == scenario.actor.id }
                    #expect(isAuthor || HabilitationMatrix.bundled.mayConsult(document, by: scenario.actor))
                }
            }
        }
    }
}
