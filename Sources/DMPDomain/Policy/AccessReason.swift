/// Why the policy allowed or refused an action: a code a program can act on and a sentence
/// a person can read. Messages never carry health data (no INS, no names, no titles), so
/// they can be shown to the caller and written to logs.
public struct AccessReason: Hashable, Sendable, CustomStringConvertible {
    /// The rule that decided.
    public let code: Code
    /// A sentence for a person.
    public let message: String

    /// Creates a reason.
    public init(_ code: Code, _ message: String) {
        self.code = code
        self.message = message
    }

    /// `CODE: sentence`.
    public var description: String { "\(code.rawValue): \(message)" }

    /// Reason codes. An open set: adapters show unknown codes as they are.
    public struct Code: Hashable, Sendable, Codable, CustomStringConvertible {
        /// Stable machine-readable code.
        public let rawValue: String
        /// How a refusal with this code reaches the caller; nil for codes that allow.
        public let refusal: DMPError.Code.Category?

        /// Creates a code; `refusal` nil for a code that allows.
        public init(_ rawValue: String, refusal: DMPError.Code.Category?) {
            self.rawValue = rawValue
            self.refusal = refusal
        }

        /// The code.
        public var description: String { rawValue }
    }
}

extension AccessReason.Code {
    /// The operator acting from the command line.
    public static let system = Self("SYSTEM", refusal: nil)
    /// The holder acting on their own record.
    public static let holder = Self("HOLDER", refusal: nil)
    /// A legal representative acting for a minor holder.
    public static let legalRepresentative = Self("LEGAL_REPRESENTATIVE", refusal: nil)
    /// An author on their own document.
    public static let author = Self("AUTHOR", refusal: nil)
    /// The médecin traitant.
    public static let attendingPhysician = Self("ATTENDING_PHYSICIAN", refusal: nil)
    /// A professional given the médecin traitant's rights.
    public static let administrator = Self("ADMINISTRATOR", refusal: nil)
    /// A professional with an active authorisation.
    public static let authorised = Self("AUTHORISED", refusal: nil)
    /// A member of a declared care team, presumed authorised.
    public static let careTeam = Self("CARE_TEAM", refusal: nil)
    /// Break-the-glass access allowed by the holder's `BTG` consent.
    public static let emergencyBreakTheGlass = Self("EMERGENCY_BTG", refusal: nil)
    /// SAMU-Centre 15 access allowed by the holder's `ETREAT` consent.
    public static let emergencyCentre15 = Self("EMERGENCY_CENTRE15", refusal: nil)
    /// Feeding, which needs no authorisation.
    public static let feeding = Self("FEEDING", refusal: nil)
    /// A professional declaring something with the patient's consent.
    public static let professionalDeclaration = Self("PROFESSIONAL_DECLARATION", refusal: nil)

    /// The record is not active (closed, opposed, purged).
    public static let recordNotActive = Self("RECORD_NOT_ACTIVE", refusal: .businessRule)
    /// An actor kind the policy does not know.
    public static let unknownActor = Self("UNKNOWN_ACTOR", refusal: .forbidden)
    /// An action the policy does not know.
    public static let unknownAction = Self("UNKNOWN_ACTION", refusal: .forbidden)
    /// A patient acting on a record that is not theirs.
    public static let notTheHolder = Self("NOT_THE_HOLDER", refusal: .forbidden)
    /// A representative not listed on the record.
    public static let notALegalRepresentative = Self("NOT_A_LEGAL_REPRESENTATIVE", refusal: .forbidden)
    /// A representative of a holder who is of age (or whose age is unknown).
    public static let holderNotAMinor = Self("HOLDER_NOT_A_MINOR", refusal: .forbidden)
    /// A professional blocked by the holder.
    public static let blockedProfessional = Self("BLOCKED_PROFESSIONAL", refusal: .forbidden)
    /// A professional with no authorisation, care team or emergency mode.
    public static let noAuthorisation = Self("NO_AUTHORISATION", refusal: .forbidden)
    /// The holder refused this emergency mode.
    public static let emergencyDeniedByPatient = Self("EMERGENCY_DENIED_BY_PATIENT", refusal: .forbidden)
    /// Break-the-glass without a written reason.
    public static let breakTheGlassReasonMissing = Self("BREAK_THE_GLASS_REASON_MISSING", refusal: .forbidden)
    /// `centre_15` mode by someone who is not a SAMU regulating physician.
    public static let notASAMURegulator = Self("NOT_A_SAMU_REGULATOR", refusal: .forbidden)
    /// The profession may consult no document type at all.
    public static let noHabilitation = Self("NO_HABILITATION", refusal: .forbidden)
    /// The profession may not consult this document type. Document-level: reaches the
    /// caller as "not found", so nothing reveals the document exists.
    public static let habilitationMatrix = Self("HABILITATION_MATRIX", refusal: .notFound)
    /// `MASQUE_PS` hides the document from this professional. Document-level.
    public static let maskedDocument = Self("MASKED_DOCUMENT", refusal: .notFound)
    /// `INVISIBLE_PATIENT` hides the document from the holder and representatives. Document-level.
    public static let invisibleToPatient = Self("INVISIBLE_TO_PATIENT", refusal: .notFound)
    /// `INVISIBLE_REPRESENTANTS_LEGAUX` hides the document from representatives. Document-level.
    public static let invisibleToRepresentatives = Self("INVISIBLE_TO_REPRESENTATIVES", refusal: .notFound)
    /// Only an author may do this to a document.
    public static let notAuthor = Self("NOT_AUTHOR", refusal: .forbidden)
    /// A confidentiality change beyond the flags this actor may set.
    public static let confidentialityNotAllowed = Self("CONFIDENTIALITY_NOT_ALLOWED", refusal: .forbidden)
    /// Only the holder's side may do this.
    public static let holderOnly = Self("HOLDER_ONLY", refusal: .forbidden)
    /// Only a physician may be médecin traitant.
    public static let notAPhysician = Self("NOT_A_PHYSICIAN", refusal: .forbidden)
    /// A document action without the document.
    public static let documentRequired = Self("DOCUMENT_REQUIRED", refusal: .malformed)

    /// Whether a decision with this code allows.
    public var allows: Bool { refusal == nil }
}
