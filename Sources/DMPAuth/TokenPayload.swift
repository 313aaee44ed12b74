import Foundation

/// The JSON payload of a DMP token, as it travels: every member optional so that a missing
/// claim and a claim of the wrong type can be told apart and reported by name.
/// See `docs/authentication.md` for the meaning of each claim.
struct TokenPayload: Codable, Sendable, Equatable {
    /// Issuer.
    var iss: String?
    /// Audiences (one string on the wire becomes one element).
    var aud: [String]?
    /// Expiry, seconds since 1970.
    var exp: Double?
    /// Not-before, seconds since 1970.
    var nbf: Double?
    /// Issued-at, seconds since 1970.
    var iat: Double?
    /// Token id.
    var jti: String?
    /// IDNPS of the professional.
    var sub: String?
    /// Display name.
    var name: String?
    /// TRE_G15 code.
    var profession: String?
    /// Specialty code.
    var specialty: String?
    /// TRE_R87 card type.
    var card: String?
    /// StructIdNat (`structure_id`).
    var structureId: String?
    /// Structure name (`structure_name`).
    var structureName: String?
    /// TRE_R02 sector.
    var sector: String?
    /// SAMU regulator assertion (`samu_regulator`).
    var samuRegulator: Bool?
    /// TRE_R248 access mode (`purpose_of_use`).
    var purposeOfUse: String?
    /// Justification (`access_reason`).
    var accessReason: String?
    /// Software id (`lps_id`).
    var lpsId: String?
    /// Software name (`lps_name`).
    var lpsName: String?
    /// Software version (`lps_version`).
    var lpsVersion: String?
    /// Who the token is for (`actor_type`): `professional` (the default) or `patient`.
    var actorType: String?

    /// Claim names on the wire.
    private enum CodingKeys: String, CodingKey {
        case iss, aud, exp, nbf, iat, jti, sub, name, profession, specialty, card, sector
        case structureId = "structure_id", structureName = "structure_name"
        case samuRegulator = "samu_regulator", purposeOfUse = "purpose_of_use", accessReason = "access_reason"
        case lpsId = "lps_id", lpsName = "lps_name", lpsVersion = "lps_version"
        case actorType = "actor_type"
    }

    /// An empty payload, filled member by member by an issuer.
    init() {}

    /// Decodes; `aud` may be one string or an array of strings (RFC 7519 §4.1.3).
    init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        iss = try c.decodeIfPresent(String.self, forKey: .iss)
        if let single = try? c.decodeIfPresent(String.self, forKey: .aud) {
            aud = [single]
        } else {
            aud = try c.decodeIfPresent([String].self, forKey: .aud)
        }
        exp = try c.decodeIfPresent(Double.self, forKey: .exp)
        nbf = try c.decodeIfPresent(Double.self, forKey: .nbf)
        iat = try c.decodeIfPresent(Double.self, forKey: .iat)
        jti = try c.decodeIfPresent(String.self, forKey: .jti)
        sub = try c.decodeIfPresent(String.self, forKey: .sub)
        name = try c.decodeIfPresent(String.self, forKey: .name)
        profession = try c.decodeIfPresent(String.self, forKey: .profession)
        specialty = try c.decodeIfPresent(String.self, forKey: .specialty)
        card = try c.decodeIfPresent(String.self, forKey: .card)
        structureId = try c.decodeIfPresent(String.self, forKey: .structureId)
        structureName = try c.decodeIfPresent(String.self, forKey: .structureName)
        sector = try c.decodeIfPresent(String.self, forKey: .sector)
        samuRegulator = try c.decodeIfPresent(Bool.self, forKey: .samuRegulator)
        purposeOfUse = try c.decodeIfPresent(String.self, forKey: .purposeOfUse)
        accessReason = try c.decodeIfPresent(String.self, forKey: .accessReason)
        lpsId = try c.decodeIfPresent(String.self, forKey: .lpsId)
        lpsName = try c.decodeIfPresent(String.self, forKey: .lpsName)
        lpsVersion = try c.decodeIfPresent(String.self, forKey: .lpsVersion)
        actorType = try c.decodeIfPresent(String.self, forKey: .actorType)
    }

    /// Encodes; `aud` as a bare string when there is one, dates as whole seconds.
    func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encodeIfPresent(iss, forKey: .iss)
        if let aud, aud.count == 1 { try c.encode(aud[0], forKey: .aud) } else { try c.encodeIfPresent(aud, forKey: .aud) }
        try Self.encode(date: exp, forKey: .exp, in: &c)
        try Self.encode(date: nbf, forKey: .nbf, in: &c)
        try Self.encode(date: iat, forKey: .iat, in: &c)
        try c.encodeIfPresent(jti, forKey: .jti)
        try c.encodeIfPresent(sub, forKey: .sub)
        try c.encodeIfPresent(name, forKey: .name)
        try c.encodeIfPresent(profession, forKey: .profession)
        try c.encodeIfPresent(specialty, forKey: .specialty)
        try c.encodeIfPresent(card, forKey: .card)
        try c.encodeIfPresent(structureId, forKey: .structureId)
        try c.encodeIfPresent(structureName, forKey: .structureName)
        try c.encodeIfPresent(sector, forKey: .sector)
        try c.encodeIfPresent(samuRegulator, forKey: .samuRegulator)
        try c.encodeIfPresent(purposeOfUse, forKey: .purposeOfUse)
        try c.encodeIfPresent(accessReason, forKey: .accessReason)
        try c.encodeIfPresent(lpsId, forKey: .lpsId)
        try c.encodeIfPresent(lpsName, forKey: .lpsName)
        try c.encodeIfPresent(lpsVersion, forKey: .lpsVersion)
        try c.encodeIfPresent(actorType, forKey: .actorType)
    }
}

extension TokenPayload {
    /// Whole seconds when they fit an integer exactly (every real date does), the raw number
    /// otherwise: converting an absurd lifetime to `Int64` would trap.
    private static func encode(
        date: Double?, forKey key: CodingKeys, in container: inout KeyedEncodingContainer<CodingKeys>
    ) throws {
        guard let date else { return }
        if abs(date) < 1e15 {
            try container.encode(Int64(date.rounded(.down)), forKey: key)
        } else {
            try container.encode(date, forKey: key)
        }
    }

    /// Decodes untrusted JSON, naming the claim at fault when a member has the wrong type.
    static func decode(_ data: Data) throws(AuthenticationError) -> TokenPayload {
        do {
            return try JSONDecoder().decode(TokenPayload.self, from: data)
        } catch let error as DecodingError {
            throw mapped(error)
        } catch {
            throw .malformedToken(reason: "the payload is not a JSON object")
        }
    }

    /// A type error at a known claim becomes `invalidClaim`; anything else means the payload
    /// is not a JSON object at all.
    static func mapped(_ error: DecodingError) -> AuthenticationError {
        switch error {
        case .typeMismatch(_, let context), .valueNotFound(_, let context), .dataCorrupted(let context):
            if let key = context.codingPath.first?.stringValue {
                return .invalidClaim(key, reason: "it has the wrong JSON type")
            }
            return .malformedToken(reason: "the payload is not a JSON object")
        default:
            return .malformedToken(reason: "the payload is not a JSON object")
        }
    }
}
