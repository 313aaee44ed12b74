import Foundation

/// The request bodies of the holder API (see `docs/holder-api.md`).
enum HolderRequest {
    /// `{"idnps": "..."}`: block a professional.
    struct Professional: Decodable, Sendable {
        /// The professional's IDNPS.
        let idnps: String
    }

    /// `{"idnps": "...", "expiresAt": "ISO 8601"?}`: authorise a professional.
    struct Authorisation: Decodable, Sendable {
        /// The professional's IDNPS.
        let idnps: String
        /// End of the authorisation; none for an open-ended one.
        let expiresAt: Date?
    }

    /// `{"idnps": "..." | null}`: designate (or clear) the médecin traitant.
    struct AttendingPhysician: Decodable, Sendable {
        /// The physician's IDNPS, null to clear. Must be present (explicit null to clear).
        let idnps: String?

        private enum CodingKeys: String, CodingKey { case idnps }

        /// Decodes, requiring the member (an empty object is malformed, not a clearing).
        init(from decoder: any Decoder) throws {
            let container = try decoder.container(keyedBy: CodingKeys.self)
            guard container.contains(.idnps) else {
                throw DecodingError.keyNotFound(CodingKeys.idnps, .init(codingPath: [], debugDescription: "idnps"))
            }
            idnps = try container.decodeNil(forKey: .idnps) ? nil : container.decode(String.self, forKey: .idnps)
        }
    }

    /// `{"decision": "permit" | "deny"}`: an emergency consent.
    struct Emergency: Decodable, Sendable {
        /// `permit` or `deny`.
        let decision: String
    }

    /// `{"on": true | false}`: mask all documents.
    /// `{"id": "…", "displayName": "…"}`: a legal representative of a minor holder.
    struct Representative: Decodable, Sendable {
        /// Identifier of the representative's account.
        let id: String
        /// Name shown in the history.
        let displayName: String
    }

    /// `{"birthDate": "YYYY-MM-DD" | null}`: the holder's birth date (minority).
    struct BirthDate: Decodable, Sendable {
        /// ISO date, or nil to remove it.
        let birthDate: String?
    }

    struct MaskAll: Decodable, Sendable {
        /// Whether every document, present and future, is masked.
        let on: Bool
    }

    /// `{"address": "..." | null}`: the holder's notification address.
    struct Email: Decodable, Sendable {
        /// The address, null to remove it.
        let address: String?
    }

    /// `{"masked": true | false}`: mask or unmask one document to professionals.
    struct Masked: Decodable, Sendable {
        /// Whether the document carries `MASQUE_PS`.
        let masked: Bool
    }

    /// `{"reason": "..."}`: close the record.
    struct Close: Decodable, Sendable {
        /// Why the holder closes the record.
        let reason: String
    }
}
