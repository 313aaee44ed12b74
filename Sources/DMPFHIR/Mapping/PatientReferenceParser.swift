import Foundation

/// Reads the patient a resource is about from its `subject` (or a search parameter value).
enum PatientReferenceParser {
    /// The patient named by `reference`, located at `path` for errors.
    static func parse(_ reference: FHIRReference?, at path: FHIRPath) throws(FHIRError) -> PatientReference {
        guard let reference else { throw .missing(path) }
        if let literal = reference.reference {
            return try parse(literal: literal, at: path("reference"))
        }
        if let identifier = reference.identifier {
            return .ins(try ins(system: identifier.system, value: identifier.value, at: path("identifier")))
        }
        throw .missing(path("reference"), "\(path.rawValue) must name the patient by reference or identifier.")
    }

    /// `Patient?identifier=urn:oid:<oid>|<value>`, `Patient/<id>` or `<base>/Patient/<id>`.
    static func parse(literal: String, at path: FHIRPath) throws(FHIRError) -> PatientReference {
        if literal.hasPrefix("Patient?") {
            let query = String(literal.dropFirst("Patient?".count))
            let pairs = query.split(separator: "&").map { $0.split(separator: "=", maxSplits: 1).map(String.init) }
            guard pairs.count == 1, pairs[0].count == 2, pairs[0][0] == "identifier",
                  let token = pairs[0][1].removingPercentEncoding
            else {
                throw .invalid(
                    "A conditional patient reference must be Patient?identifier=urn:oid:<INS OID>|<INS>.", at: path)
            }
            return .ins(try ins(token: token, at: path))
        }
        let segments = literal.split(separator: "/", omittingEmptySubsequences: false)
        if segments.count >= 2, segments[segments.count - 2] == "Patient",
           let id = PatientResourceID(rawValue: String(segments[segments.count - 1])) {
            return .resource(id)
        }
        throw .invalid("The patient reference must be Patient/<id> or Patient?identifier=urn:oid:<INS OID>|<INS>.", at: path)
    }

    /// A token `urn:oid:<oid>|<value>`.
    static func ins(token: String, at path: FHIRPath) throws(FHIRError) -> INSIdentifier {
        let parts = token.split(separator: "|", maxSplits: 1, omittingEmptySubsequences: false).map(String.init)
        guard parts.count == 2 else {
            throw .invalid(
                "The patient identifier has no value (TRAPS 6): expected urn:oid:<INS OID>|<INS>, not a system alone.",
                at: path)
        }
        return try ins(system: parts[0], value: parts[1], at: path)
    }

    /// An identifier given as system + value.
    static func ins(system: String?, value: String?, at path: FHIRPath) throws(FHIRError) -> INSIdentifier {
        guard let system, system.hasPrefix(CodingMapping.oidPrefix), system.count > CodingMapping.oidPrefix.count else {
            throw .invalid("The patient identifier system must be urn:oid:<INS authority OID>.", at: path)
        }
        guard let value, !value.isEmpty else {
            throw .invalid("The patient identifier has no value: expected urn:oid:<INS OID>|<INS>.", at: path)
        }
        return INSIdentifier(authorityOID: String(system.dropFirst(CodingMapping.oidPrefix.count)), matricule: value)
    }
}
