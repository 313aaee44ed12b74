import Foundation

extension AccessPolicy {
    /// Whether `request.actor` may do `request.action`, why, and for a consultation what
    /// stays hidden. Pure: the same request always gets the same decision.
    ///
    /// For a consultation without a document the decision's `visibility` is the restriction
    /// to put in the query; with a document it is the answer for that document, and the two
    /// always agree (`decide(search).visibility.allows(d) == decide(read d).isAllowed`).
    public func decide(_ request: AccessRequest) -> AccessDecision {
        if request.actor.kind == .system {
            return .allow(
                .system, "The operator of this installation acts on the record.",
                visibility: request.action.isConsultation ? .none : .nothing)
        }
        guard AccessAction.all.contains(request.action) else {
            return .deny(.unknownAction, "The policy does not know the action \(request.action).")
        }
        guard request.record.isActive else {
            return .deny(.recordNotActive, "The DMP is \(request.record.state), so nothing can be done on it.")
        }
        let party: AccessParty
        switch identify(request) {
        case .success(let identified): party = identified
        case .failure(let refusal): return refusal.decision
        }
        switch request.action.category {
        case .consultation: return consult(request, as: party)
        case .feeding: return feed(request, as: party)
        case .documentManagement: return manage(request, as: party)
        case .settings: return changeSettings(request, as: party)
        case .traces: return readTraces(request, as: party)
        }
    }

    /// Checks who the actor is for this record.
    private func identify(_ request: AccessRequest) -> Result<AccessParty, AccessRefusal> {
        let actor = request.actor
        switch actor.kind {
        case .patient:
            guard actor.id == request.record.key.rawValue else {
                return .failure(AccessRefusal(.notTheHolder, "A patient may act only on their own DMP."))
            }
            return .success(.holder)
        case .legalRepresentative:
            return representative(request).map { .representative }
        case .professional:
            return .success(.professional(standing(of: request)))
        default:
            return .failure(AccessRefusal(.unknownActor, "This kind of actor has no access to a DMP."))
        }
    }

    /// A representative acts only if listed with a legal-representation kind, and only
    /// while the holder is a minor at `now` (birth date from the settings, else the INS
    /// traits). An unknown birth date gives no access: minority must be established.
    private func representative(_ request: AccessRequest) -> Result<Void, AccessRefusal> {
        guard request.settings.legalRepresentative(request.actor.id) != nil else {
            return .failure(AccessRefusal(.notALegalRepresentative, "This person is not a legal representative of the holder."))
        }
        let birthDate = (request.settings.holderBirthDate ?? request.record.traits?.birthDate).flatMap(CalendarDate.init(iso:))
        guard let birthDate else {
            return .failure(AccessRefusal(
                .holderNotAMinor, "The holder's birth date is unknown, so their minority cannot be established."))
        }
        guard birthDate.age(at: request.now) < majorityAge else {
            return .failure(AccessRefusal(.holderNotAMinor, "The holder is of age: legal representatives no longer act for them."))
        }
        return .success(())
    }
}
