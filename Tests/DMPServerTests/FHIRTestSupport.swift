import DMPAuth
import DMPDomain
import DMPServer
import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import NIOCore

/// A FHIR application over a fresh SQLite store, trusting an ephemeral development issuer,
/// and the means to mint tokens and build requests for it.
struct FHIRTestApp {
    let issuer: DevelopmentIssuer

    static let base = "/fhir"
    static let patient = "279035121518989"
    static let testOID = "1.2.250.1.213.1.4.10"

    /// Runs `body` with a test client of a new application.
    static func with(
        overrides: [String: String] = [:], _ body: @escaping @Sendable (any TestClientProtocol, FHIRTestApp) async throws -> Void
    ) async throws {
        try await TemporaryDirectory.with { directory in
            var values = [
                ServerConfiguration.Key.dataDirectory.name: directory.path,
                ServerConfiguration.Key.authDevelopment.name: "false",
                ServerConfiguration.Key.acceptInvalidTestKeys.name: "true",
            ]
            for (key, value) in overrides { values[key] = value }
            let configuration = try ServerConfiguration.load(overrides: values, environment: [:])
            let issuer = try DevelopmentIssuer.ephemeral(issuer: "urn:test-issuer", audience: configuration.authAudience)
            let verifier = try await TokenVerifier(TokenVerifier.Configuration(issuers: [issuer.trustedIssuer], audiences: [configuration.authAudience]))
            let app = try await buildApplication(configuration, verifier: verifier, logger: TestSupport.logger)
            let fixture = FHIRTestApp(issuer: issuer)
            try await app.test(.router) { client in try await body(client, fixture) }
        }
    }

    /// A bearer token for a development professional.
    func token(_ handle: String = "gp") async throws -> String {
        try await issuer.mintToken(for: DevelopmentProfessionals.named(handle)!, mode: .normal, reason: nil, lifetime: .seconds(600))
    }

    /// Headers of an authenticated FHIR request.
    func headers(_ handle: String = "gp", contentType: String? = "application/fhir+json") async throws -> HTTPFields {
        var fields: HTTPFields = [.authorization: "Bearer \(try await token(handle))"]
        if let contentType { fields[.contentType] = contentType }
        return fields
    }

    /// An ITI-105 body: a small PDF for the test patient, authored by the development GP.
    static func simplifiedPublish(_ text: String = UUID().uuidString) -> Data {
        let pdf = Data("%PDF-1.4\n% \(text)\n%%EOF\n".utf8)
        let json = """
            {"resourceType":"DocumentReference",
             "contained":[{"resourceType":"Practitioner","id":"a","identifier":[{"system":"urn:oid:1.2.250.1.71.4.2.1","value":"810999900011"}]}],
             "masterIdentifier":{"system":"urn:ietf:rfc:3986","value":"urn:oid:\(OIDGenerator.next())"},
             "status":"current","type":{"coding":[{"system":"http://loinc.org","code":"11488-4"}]},
             "subject":{"reference":"Patient?identifier=urn:oid:\(testOID)|\(patient)"},
             "date":"2025-03-01T10:00:00+01:00","author":[{"reference":"#a"}],
             "content":[{"attachment":{"contentType":"application/pdf","title":"CR","data":"\(pdf.base64EncodedString())"}}],
             "context":{"facilityType":{"coding":[{"system":"https://mos.esante.gouv.fr/NOS/TRE_R02-SecteurActivite/FHIR/TRE-R02-SecteurActivite","code":"SA07"}]},
                        "practiceSetting":{"coding":[{"system":"https://mos.esante.gouv.fr/NOS/TRE_A01-CadreExercice/FHIR/TRE-A01-CadreExercice","code":"AMBULATOIRE"}]}}}
            """
        return Data(json.utf8)
    }

    /// A Consent by which a professional declares the patient authorised him to consult.
    static let consent = Data("""
        {"resourceType":"Consent","status":"active","patient":{"reference":"Patient?identifier=urn:oid:\(testOID)|\(patient)"}}
        """.utf8)

    /// The JSON object of a response body (empty when it is not one, which the
    /// expectations on its fields then report).
    static func json(_ buffer: ByteBuffer) -> [String: Any] {
        (try? JSONSerialization.jsonObject(with: Data(buffer.readableBytesView))) as? [String: Any] ?? [:]
    }
}

/// Fresh OIDs for uniqueIds.
enum OIDGenerator {
    static func next() -> String { "2.25.\(UInt64.random(in: 1...UInt64.max))\(UInt32.random(in: 1...UInt32.max))" }
}
