/// Who is acting, in which role and access mode. Every use case takes one, and it is what
/// the access policy and the audit trail see. Adapters build it from an authenticated
/// request (a verified token, a portal session) or from the command line.
public struct Actor: Hashable, Sendable, Codable {
    /// The kind of actor.
    public let kind: Kind
    /// Stable identifier: the IDNPS for a professional, the INS patient key for a holder,
    /// an operator name for the system.
    public let id: String
    /// Name as shown in the patient's history.
    public let displayName: String
    /// TRE_G15 profession code of a professional (e.g. `10` physician).
    public let professionCode: String?
    /// Specialty code (TRE_R38 / J01), when known.
    public let specialtyCode: String?
    /// StructIdNat of the structure the professional acts for.
    public let structureId: String?
    /// Name of that structure.
    public let structureName: String?
    /// TRE_R02 sector of activity of the structure.
    public let sectorCode: String?
    /// Access mode (professionals only; others act in `normal` mode).
    public let accessMode: AccessMode
    /// Written reason, mandatory for break-the-glass.
    public let accessReason: String?
    /// Whether the issuer asserts the professional is a regulating physician of a SAMU-Centre
    /// 15 (required for the `centre_15` mode).
    public let isSAMURegulator: Bool

    /// Creates an actor.
    public init(
        kind: Kind, id: String, displayName: String, professionCode: String? = nil,
        specialtyCode: String? = nil, structureId: String? = nil, structureName: String? = nil,
        sectorCode: String? = nil, accessMode: AccessMode = .normal, accessReason: String? = nil,
        isSAMURegulator: Bool = false
    ) {
        self.kind = kind
        self.id = id
        self.displayName = displayName
        self.professionCode = professionCode
        self.specialtyCode = specialtyCode
        self.structureId = structureId
        self.structureName = structureName
        self.sectorCode = sectorCode
        self.accessMode = accessMode
        self.accessReason = accessReason
        self.isSAMURegulator = isSAMURegulator
    }

    private enum CodingKeys: String, CodingKey {
        case kind, id, displayName, professionCode, specialtyCode, structureId, structureName, sectorCode, accessMode
        case accessReason, isSAMURegulator
    }

    /// Decodes an actor; `isSAMURegulator` is absent from data written before it existed.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.init(
            kind: try container.decode(Kind.self, forKey: .kind), id: try container.decode(String.self, forKey: .id),
            displayName: try container.decode(String.self, forKey: .displayName),
            professionCode: try container.decodeIfPresent(String.self, forKey: .professionCode),
            specialtyCode: try container.decodeIfPresent(String.self, forKey: .specialtyCode),
            structureId: try container.decodeIfPresent(String.self, forKey: .structureId),
            structureName: try container.decodeIfPresent(String.self, forKey: .structureName),
            sectorCode: try container.decodeIfPresent(String.self, forKey: .sectorCode),
            accessMode: try container.decode(AccessMode.self, forKey: .accessMode),
            accessReason: try container.decodeIfPresent(String.self, forKey: .accessReason),
            isSAMURegulator: try container.decodeIfPresent(Bool.self, forKey: .isSAMURegulator) ?? false)
    }

    /// Kinds of actors (MES `ActivityActorType` where one fits).
    public struct Kind: Hashable, Sendable, Codable, CustomStringConvertible {
        /// The stored code.
        public let rawValue: String
        /// Wraps a stored code.
        public init(rawValue: String) { self.rawValue = rawValue }
        /// A health professional (identified by IDNPS).
        public static let professional = Kind(rawValue: "HEALTHCARE_PROFESSIONAL")
        /// The holder of the record.
        public static let patient = Kind(rawValue: "PATIENT")
        /// A legal representative of a minor holder.
        public static let legalRepresentative = Kind(rawValue: "LEGAL_REPRESENTATIVE")
        /// The DMP itself or its operators (imports, purge, migrations).
        public static let system = Kind(rawValue: "SYSTEM")
        public var description: String { rawValue }
    }

    /// The operator of this installation acting from the command line.
    public static func system(_ name: String) -> Actor {
        Actor(kind: .system, id: name, displayName: name)
    }

    /// The holder of the record acting on it.
    public static func holder(_ key: PatientKey, displayName: String = "Titulaire") -> Actor {
        Actor(kind: .patient, id: key.rawValue, displayName: displayName)
    }
}
