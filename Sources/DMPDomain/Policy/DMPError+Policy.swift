extension DMPError.Code {
    /// The professional is blocked by the holder: they cannot be authorised or designated.
    public static let professionalBlocked = DMPError.Code("PROFESSIONAL_BLOCKED", .businessRule)
    /// The médecin traitant, or a professional given the same rights, cannot be blocked
    /// while designated: the designation must be withdrawn first.
    public static let designatedProfessionalCannotBeBlocked = DMPError.Code(
        "DESIGNATED_PROFESSIONAL_CANNOT_BE_BLOCKED", .businessRule)
    /// A setting breaks a rule of its own (a period that ends before it starts, a duplicate,
    /// a notification the law requires).
    public static let invalidSetting = DMPError.Code("INVALID_SETTING", .businessRule)
}
