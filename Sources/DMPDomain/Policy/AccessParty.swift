/// Who the actor is for this record, once the policy has checked it: the holder, one of
/// the holder's listed representatives while the holder is a minor, or a professional
/// with their standing. Internal: the decision's reason is what callers see.
enum AccessParty: Sendable {
    /// The holder of the record.
    case holder
    /// A legal representative acting for a minor holder.
    case representative
    /// A professional, with what the settings say about them.
    case professional(ProfessionalStanding)
}
