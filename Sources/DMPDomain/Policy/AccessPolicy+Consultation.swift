import Foundation

/// Consultation: the restriction for the record, and the answer for one document. The two
/// are written separately on purpose, one as a filter a store runs in SQL and one as rules
/// read in order, and the property tests check they never disagree.
extension AccessPolicy {
    /// The restriction for `party`, or with a document the answer for that document.
    func consult(_ request: AccessRequest, as party: AccessParty) -> AccessDecision {
        let restriction: VisibilityRestriction
        let basis: AccessReason
        switch party {
        case .holder:
            restriction = VisibilityRestriction(
                hiddenConfidentialityCodes: [ConfidentialityCode.invisibleToPatient],
                exceptAuthoredBy: request.record.key.ins.matricule)
            basis = AccessReason(.holder, "The holder consults their own DMP.")
        case .representative:
            // No exception for documents the holder wrote: a minor's secret stays secret.
            restriction = VisibilityRestriction(hiddenConfidentialityCodes: [
                ConfidentialityCode.invisibleToPatient, ConfidentialityCode.invisibleToLegalRepresentatives,
            ])
            basis = AccessReason(.legalRepresentative, "A legal representative consults the DMP of a minor.")
        case .professional(let standing):
            switch standing.consultation {
            case .failure(let refusal): return refusal.decision
            case .success(let reason): basis = reason
            }
            let actor = request.actor
            restriction = VisibilityRestriction(
                hiddenConfidentialityCodes: standing.seesMaskedDocuments ? [] : [ConfidentialityCode.maskedToProfessionals],
                exceptAuthoredBy: actor.id,
                allowedTypeCodes: matrix.allowedTypeCodes(profession: actor.professionCode, specialty: actor.specialtyCode))
        }
        guard let document = request.document else {
            return .allow(basis.code, basis.message, visibility: restriction)
        }
        let answer = documentRule(document, request: request, party: party, basis: basis)
        return AccessDecision(reason: answer, visibility: answer.code.allows ? restriction : .nothing)
    }

    /// The rules for one document, in order; the first that applies decides.
    func documentRule(
        _ document: DocumentMetadata, request: AccessRequest, party: AccessParty, basis: AccessReason
    ) -> AccessReason {
        switch party {
        case .holder:
            if document.hasAuthorID(request.record.key.ins.matricule) {
                return AccessReason(.author, "The holder wrote this document.")
            }
            if document.hasConfidentiality(ConfidentialityCode.invisibleToPatient) {
                return AccessReason(.invisibleToPatient, "This document is not yet visible to the patient.")
            }
        case .representative:
            if document.hasConfidentiality(ConfidentialityCode.invisibleToPatient) {
                return AccessReason(.invisibleToPatient, "This document is not yet visible to the patient.")
            }
            if document.hasConfidentiality(ConfidentialityCode.invisibleToLegalRepresentatives) {
                return AccessReason(.invisibleToRepresentatives, "This document is hidden from legal representatives.")
            }
        case .professional(let standing):
            if document.hasAuthorID(request.actor.id) {
                return AccessReason(.author, "An author always sees their own document.")
            }
            if !standing.seesMaskedDocuments && document.hasConfidentiality(ConfidentialityCode.maskedToProfessionals) {
                return AccessReason(.maskedDocument, "The holder masked this document from professionals.")
            }
            if !matrix.mayConsult(document, by: request.actor) {
                return AccessReason(.habilitationMatrix, "The habilitation matrix does not allow this profession this document type.")
            }
        }
        return basis
    }
}

extension DocumentMetadata {
    /// Whether an author's person id is `id`, compared exactly as the store's SQL filter
    /// compares `exceptAuthoredBy` (id only), so that single reads and searches agree.
    func hasAuthorID(_ id: String) -> Bool {
        authors.contains { $0.person?.id == id }
    }
}
