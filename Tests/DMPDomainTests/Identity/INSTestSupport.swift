import DMPDomain

/// The error `INS(matricule:authorityOID:policy:)` throws, or nil when it accepts the value.
/// Typed throws give an `INSError` directly, so a test can match the case it expects.
func insError(
    _ matricule: String,
    _ authority: INSAuthority = .nir,
    policy: INSValidationPolicy = .strict
) -> INSError? {
    do {
        _ = try INS(matricule: matricule, authorityOID: authority.oid, policy: policy)
        return nil
    } catch {
        return error
    }
}

/// The error an identifier initializer (e.g. `IDNPS.init`) throws for `value`, or nil when
/// it accepts the value.
func identityError<Identifier>(
    _ build: (String) throws(IdentityError) -> Identifier,
    _ value: String
) -> IdentityError? {
    do {
        _ = try build(value)
        return nil
    } catch {
        return error
    }
}
