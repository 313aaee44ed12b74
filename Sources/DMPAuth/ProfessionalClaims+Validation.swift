import DMPDomain
import Foundation

extension ProfessionalClaims {
    /// The claims checked and tidied (texts trimmed, a blank reason dropped).
    ///
    /// Rules: `profession` an active TRE_G15 code; `card` a TRE_R87 type; `sector` a TRE_R02
    /// member of the terminology; `specialty` a short code; display texts non-blank, bounded,
    /// free of control characters (they reach logs and HTML); `bris_de_glace` needs a reason;
    /// `centre_15` needs a physician asserted as SAMU regulator.
    /// - Throws: the first `AuthenticationError` found.
    public func validated(terminology: Terminology = .bundled) throws(AuthenticationError) -> ProfessionalClaims {
        var claims = self
        claims.name = try Self.text(name, claim: "name", limit: Self.maximumNameLength)
        guard HealthProfessions.isActive(profession) else { throw .unknownProfession }
        if let specialty {
            guard Self.isCode(specialty) else {
                throw .invalidClaim("specialty", reason: "it must be 1 to 32 letters, digits, '_', '-', '.' or '/'")
            }
        }
        if let card { guard ProfessionalCardTypes.all.contains(card) else { throw .unknownCardType } }
        claims.structureName = try Self.text(structureName, claim: "structure_name", limit: Self.maximumNameLength)
        if let sector {
            let sectors = terminology.valueSet(.healthcareFacilityType)
            guard sectors.concept(code: sector, system: CodeSystems.secteurActivite.oid) != nil else {
                throw .unknownSector
            }
        }
        let limit = Self.maximumSoftwareFieldLength
        claims.softwareID = try Self.text(softwareID, claim: "lps_id", limit: limit)
        claims.softwareName = try Self.text(softwareName, claim: "lps_name", limit: limit)
        claims.softwareVersion = try Self.text(softwareVersion, claim: "lps_version", limit: limit)
        claims.accessReason = try Self.reason(accessReason, mode: accessMode)
        if accessMode == .centre15 {
            guard samuRegulator, profession == HealthProfessions.physician else { throw .notARegulatingPhysician }
        }
        return claims
    }

    /// The trimmed reason, nil when blank; required for break-the-glass. Line breaks and tabs
    /// are kept (a justification may have several lines), other control characters refused.
    static func reason(_ raw: String?, mode: AccessMode) throws(AuthenticationError) -> String? {
        let trimmed = raw?.trimmingCharacters(in: .whitespacesAndNewlines) ?? ""
        guard !trimmed.isEmpty else {
            if mode == .breakTheGlass { throw .missingAccessReason }
            return nil
        }
        guard trimmed.count <= maximumReasonLength else { throw .accessReasonTooLong(limit: maximumReasonLength) }
        let clean = trimmed.unicodeScalars.allSatisfy { $0 == "\n" || $0 == "\t" || !isControl($0) }
        guard clean else { throw .invalidClaim("access_reason", reason: "it contains control characters") }
        return trimmed
    }

    /// A trimmed, non-blank, bounded, single-line text.
    static func text(_ raw: String, claim: String, limit: Int) throws(AuthenticationError) -> String {
        let trimmed = raw.trimmingCharacters(in: .whitespaces)
        guard !trimmed.isEmpty else { throw .invalidClaim(claim, reason: "it is blank") }
        guard trimmed.count <= limit else { throw .invalidClaim(claim, reason: "it is longer than \(limit) characters") }
        guard !trimmed.unicodeScalars.contains(where: isControl) else {
            throw .invalidClaim(claim, reason: "it contains control characters")
        }
        return trimmed
    }

    /// `text(_:claim:limit:)` for an optional claim.
    static func text(_ raw: String?, claim: String, limit: Int) throws(AuthenticationError) -> String? {
        guard let raw else { return nil }
        let checked: String = try text(raw, claim: claim, limit: limit)
        return checked
    }

    /// C0, DEL and C1 control characters.
    static func isControl(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value)
    }

    /// A terminology code: 1–32 ASCII letters, digits, `_`, `-`, `.`, `/` (e.g. `SM54`).
    static func isCode(_ text: String) -> Bool {
        (1...32).contains(text.unicodeScalars.count) && text.unicodeScalars.allSatisfy { scalar in
            switch scalar {
            case "A"..."Z", "a"..."z", "0"..."9", "_", "-", ".", "/": return true
            default: return false
            }
        }
    }
}
