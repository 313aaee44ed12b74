import Foundation
import DMPDomain

/// XDS codings (system = OID) ↔ FHIR codings (system = URI).
enum CodingMapping {
    /// `urn:oid:` prefix of OID URIs.
    static let oidPrefix = "urn:oid:"

    /// The FHIR form: the canonical URI when ``CodeSystems`` knows one, else `urn:oid:<oid>`.
    static func fhir(_ coding: Coding) -> FHIRCoding {
        FHIRCoding(system: uri(forSystem: coding.system), code: coding.code, display: coding.display)
    }

    /// A CodeableConcept holding one coding.
    static func concept(_ coding: Coding) -> FHIRCodeableConcept {
        FHIRCodeableConcept(coding: [fhir(coding)])
    }

    /// The URI of a code system OID. The two NOS systems named by a literal (`URN`, `ASTM`)
    /// have canonical URIs; an unknown literal that is no OID stays as it is.
    static func uri(forSystem oid: String) -> String {
        if let uri = CodeSystems.uri(forOID: oid) { return uri }
        return OIDSyntax.isOID(oid) ? oidPrefix + oid : oid
    }

    /// The XDS form of a FHIR coding; `path` locates it for errors.
    static func xds(_ coding: FHIRCoding, at path: FHIRPath) throws(FHIRError) -> Coding {
        guard let code = coding.code, !code.isEmpty else { throw .missing(path("code")) }
        guard let system = coding.system, !system.isEmpty else {
            throw .missing(path("system"), "\(path("system").rawValue) is required: XDS codes carry their coding scheme.")
        }
        guard let oid = CodeSystems.oid(forURI: system) else {
            throw FHIRError(
                status: 422, issueType: .codeInvalid, condition: .invalidValue,
                diagnostics: "The code system \(system) is not one the DMP knows; use its canonical URI or urn:oid:<OID>.",
                expression: path("system").rawValue)
        }
        return Coding(code: code, system: oid, display: coding.display)
    }

    /// The XDS coding of a CodeableConcept: its first coding (XDS has one code per element).
    static func xds(_ concept: FHIRCodeableConcept?, at path: FHIRPath) throws(FHIRError) -> Coding {
        guard let coding = concept?.coding?.first else { throw .missing(path("coding")) }
        return try xds(coding, at: path("coding")[0])
    }
}

/// OID syntax (ITU-T X.660): arcs of digits separated by dots, no leading zeros.
enum OIDSyntax {
    /// Whether `text` is an OID such as `1.2.250.1.213.1.4.8`.
    static func isOID(_ text: String) -> Bool {
        let arcs = text.split(separator: ".", omittingEmptySubsequences: false)
        guard arcs.count >= 2, let first = arcs.first, ["0", "1", "2"].contains(first) else { return false }
        return arcs.allSatisfy { arc in
            !arc.isEmpty && arc.unicodeScalars.allSatisfy { $0.value >= 0x30 && $0.value <= 0x39 }
                && (arc == "0" || arc.first != "0")
        }
    }

    /// Whether `text` is a UUID in its canonical 8-4-4-4-12 hex form.
    static func isUUID(_ text: String) -> Bool {
        UUID(uuidString: text) != nil && text.count == 36
    }
}
