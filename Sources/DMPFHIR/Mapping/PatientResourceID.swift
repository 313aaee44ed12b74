import DMPDomain

/// The FHIR id of a record's Patient resource: an opaque, stable id derived from the
/// PatientKey (`PatientKey.resourceID`: first 32 hex digits of its SHA-256), so that URLs
/// and logs never carry an INS.
///
/// It cannot be turned back into a key: the server resolves `Patient/<id>` through the
/// services' route table (`DMPServices.patientKey(forResourceID:)`).
public struct PatientResourceID: Hashable, Sendable, CustomStringConvertible {
    /// The id text.
    public let rawValue: String

    /// The id of the record with this key.
    public init(_ key: PatientKey) {
        rawValue = key.resourceID
    }

    /// The id of the record of this INS, valid or not (the key text is the same).
    public init(_ ins: INSIdentifier) {
        self.init(ins.patientKey)
    }

    /// Wraps an id read from a request. Any FHIR id syntax is accepted (1–64 of
    /// `A-Z a-z 0-9 - .`) so that an unknown id is a not-found, not a syntax error.
    public init?(rawValue: String) {
        let valid = (1...64).contains(rawValue.count) && rawValue.unicodeScalars.allSatisfy {
            ($0.value >= 0x30 && $0.value <= 0x39) || ($0.value >= 0x41 && $0.value <= 0x5A)
                || ($0.value >= 0x61 && $0.value <= 0x7A) || $0 == "-" || $0 == "."
        }
        guard valid else { return nil }
        self.rawValue = rawValue
    }

    /// `Patient/<id>`.
    public var reference: String { "Patient/\(rawValue)" }

    /// The id text.
    public var description: String { rawValue }
}
