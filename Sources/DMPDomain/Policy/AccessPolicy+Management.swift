import Foundation

/// Changing a document (spec §4.11): its authors may do anything; others may only touch the
/// flags that are theirs, and only on documents they can see, so that a refusal never
/// reveals a document hidden from them.
extension AccessPolicy {
    /// Replacing a document, changing its status or its confidentiality.
    func manage(_ request: AccessRequest, as party: AccessParty) -> AccessDecision {
        guard let document = request.document else {
            return .deny(.documentRequired, "Name the document to change.")
        }
        // TD3.3c NB1: an author needs no authorisation to manage their own documents, and a
        // block (which is about consultation) does not stop them withdrawing a wrong one.
        if document.isAuthored(by: request.actor) {
            return .allow(.author, "An author manages their own document.")
        }
        let seen = consult(request, as: party)
        guard seen.isAllowed else { return seen }
        if request.action == .changeConfidentiality {
            return confidentialityChange(request, document: document, party: party)
        }
        // Replacing and status changes are the author's alone (TD2.1, TD3.3c–d); a minor's
        // representative acts as the holder-author for the documents the minor added.
        if case .representative = party, document.isAuthored(by: .holder(request.record.key)) {
            return .allow(.legalRepresentative, "A legal representative manages the documents the minor holder added.")
        }
        return .deny(.notAuthor, "Only an author of the document may replace it or change its status.")
    }

    private func confidentialityChange(
        _ request: AccessRequest, document: DocumentMetadata, party: AccessParty
    ) -> AccessDecision {
        guard let codes = request.newConfidentialityCodes else {
            return .deny(.documentRequired, "Give the confidentiality codes asked for.")
        }
        let changed = Self.changedConcepts(from: document.confidentialityCodes, to: codes)
        switch party {
        case .holder:
            guard changed.isSubset(of: Self.holderFlags) else {
                return .deny(
                    .confidentialityNotAllowed,
                    "The holder may only mask a document from professionals or from legal representatives.")
            }
            return .allow(.holder, "The holder masks or unmasks their document.")
        case .representative:
            guard changed.isSubset(of: Self.maskFlag) else {
                return .deny(.confidentialityNotAllowed, "A legal representative may only mask a document from professionals.")
            }
            return .allow(.legalRepresentative, "A legal representative masks or unmasks a document of the minor.")
        case .professional(let standing):
            guard let privilege = standing.privilege else {
                return .deny(.notAuthor, "Only an author, the holder or the médecin traitant may change a document's confidentiality.")
            }
            guard changed.isSubset(of: Self.maskFlag) else {
                return .deny(.confidentialityNotAllowed, "The médecin traitant may only mask or unmask a document from professionals.")
            }
            return .allow(privilege.code, "The médecin traitant masks or unmasks a document.")
        }
    }
}
