import Foundation

extension CodingUserInfoKey {
    /// Key of an `INSValidationPolicy` in a decoder's `userInfo`; absent means `.strict`.
    /// A store that accepted test patients under a relaxed policy must decode them with the
    /// same policy, or it could not read back what it wrote.
    public static let insValidationPolicy = CodingUserInfoKey(rawValue: "DMPDomain.INSValidationPolicy")!
}

extension INS {
    private enum CodingKeys: String, CodingKey {
        case matricule
        case authority
    }

    /// Decodes `{"matricule": "...", "authority": "<oid>"}` and validates it like the
    /// initializer, so JSON is not a way around the rules.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        let matricule = try container.decode(String.self, forKey: .matricule)
        let oid = try container.decode(String.self, forKey: .authority)
        let policy = decoder.userInfo[.insValidationPolicy] as? INSValidationPolicy ?? .strict
        do {
            try self.init(matricule: matricule, authorityOID: oid, policy: policy)
        } catch {
            throw DecodingError.dataCorruptedError(
                forKey: .matricule, in: container, debugDescription: error.description)
        }
    }

    /// Encodes `{"matricule": "...", "authority": "<oid>"}`.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(matricule, forKey: .matricule)
        try container.encode(authority.oid, forKey: .authority)
    }
}
