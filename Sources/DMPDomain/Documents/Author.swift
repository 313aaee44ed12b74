/// An author (or legal authenticator) of a document or submission set, as XDS carries it:
/// a person, the structure they act for, their role and specialty.
public struct Author: Hashable, Sendable, Codable {
    /// The person; nil for a device or a structure alone.
    public var person: Person?
    /// The structure (authorInstitution), absent for documents written by the patient.
    public var institution: Institution?
    /// authorRole codes (JDV_J47).
    public var roles: [Coding]
    /// authorSpecialty codes (JDV_J01).
    public var specialties: [Coding]

    /// Creates an author.
    public init(person: Person?, institution: Institution? = nil, roles: [Coding] = [], specialties: [Coding] = []) {
        self.person = person
        self.institution = institution
        self.roles = roles
        self.specialties = specialties
    }

    /// An identified person (XCN): a professional by IDNPS, or the patient by INS.
    public struct Person: Hashable, Sendable, Codable {
        /// Identifier value (IDNPS for a professional, matricule INS for the patient).
        public var id: String?
        /// OID of the identifier's assigning authority.
        public var idSystem: String?
        /// Family name.
        public var family: String?
        /// Given name(s).
        public var given: String?

        /// Creates a person.
        public init(id: String?, idSystem: String?, family: String?, given: String?) {
            self.id = id
            self.idSystem = idSystem
            self.family = family
            self.given = given
        }
    }

    /// A structure (XON): name and StructIdNat.
    public struct Institution: Hashable, Sendable, Codable {
        /// Name.
        public var name: String
        /// Identifier (StructIdNat, or another when the system says so).
        public var id: String?
        /// OID of the identifier's authority (1.2.250.1.71.4.2.2 for StructIdNat).
        public var idSystem: String?

        /// Creates an institution.
        public init(name: String, id: String?, idSystem: String?) {
            self.name = name
            self.id = id
            self.idSystem = idSystem
        }
    }

    /// Whether `actor` is this author: same IDNPS for a professional, same INS for the holder.
    public func isActor(_ actor: Actor) -> Bool {
        guard let id = person?.id else { return false }
        switch actor.kind {
        case .professional: return person?.idSystem == IDNPS.oid && id == actor.id
        case .patient: return PatientKey(rawValue: actor.id).ins.matricule == id
        default: return false
        }
    }
}
