/// What the record's settings and the actor's access mode make of one professional.
struct ProfessionalStanding: Sendable {
    /// Blocked by the holder.
    let isBlocked: Bool
    /// `attendingPhysician` or `administrator` when designated, else nil.
    let privilege: AccessReason?
    /// The basis for consulting the record, or why there is none.
    let consultation: Result<AccessReason, AccessRefusal>
    /// Whether `MASQUE_PS` documents are visible to them.
    let seesMaskedDocuments: Bool
}
