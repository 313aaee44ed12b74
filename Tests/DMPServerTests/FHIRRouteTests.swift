import DMPServer
import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import NIOCore
import Testing

/// The FHIR routes in process: every endpoint, and every error status the API promises.
@Suite("FHIR API routes")
struct FHIRRouteTests {
    typealias App = FHIRTestApp
    static let search = "\(App.base)/DocumentReference?patient.identifier=urn:oid:\(App.testOID)%7C\(App.patient)&status=current"

    @Test("metadata is public; everything else needs a bearer token (401 with WWW-Authenticate)")
    func authentication() async throws {
        try await App.with { client, _ in
            try await client.execute(uri: "\(App.base)/metadata", method: .get) { response in
                #expect(response.status == .ok)
                #expect(response.headers[.contentType]?.hasPrefix("application/fhir+json") == true)
            }
            try await client.execute(uri: Self.search, method: .get) { response in
                #expect(response.status == .unauthorized)
                #expect(response.headers[.wwwAuthenticate] == "Bearer realm=\"dmp\"")
                #expect(App.json(response.body)["resourceType"] as? String == "OperationOutcome")
            }
            try await client.execute(uri: Self.search, method: .get, headers: [.authorization: "Bearer not.a.token"]) { response in
                #expect(response.status == .unauthorized)
                #expect(response.headers[.wwwAuthenticate]?.contains("invalid_token") == true)
            }
        }
    }

    @Test("ITI-105 answers 201 with Location; read, retrieve and search find the document")
    func publishReadRetrieveSearch() async throws {
        try await App.with { client, app in
            let headers = try await app.headers()
            let created = try await client.execute(
                uri: "\(App.base)/DocumentReference", method: .post, headers: headers, body: ByteBuffer(data: App.simplifiedPublish("one")))
            #expect(created.status == .created)
            #expect(created.headers[.location]?.contains("/fhir/DocumentReference/") == true)
            let document = App.json(created.body)
            let id = try #require(document["id"] as? String)
            try await client.execute(uri: "\(App.base)/DocumentReference/\(id)", method: .get, headers: headers) { response in
                #expect(response.status == .forbidden, "publishing needs no authorisation, consulting does")
            }
            try await client.execute(uri: "\(App.base)/Consent", method: .post, headers: headers, body: ByteBuffer(data: App.consent)) { response in
                #expect(response.status == .created)
            }

            try await client.execute(uri: "\(App.base)/DocumentReference/\(id)", method: .get, headers: headers) { response in
                #expect(response.status == .ok)
                #expect(response.headers[.eTag] == "W/\"1\"")
            }
            try await client.execute(uri: "\(App.base)/Binary/\(id)", method: .get, headers: headers) { response in
                #expect(response.status == .ok)
                #expect(response.headers[.contentType] == "application/pdf")
                #expect(String(buffer: response.body).hasPrefix("%PDF-1.4\n% one"))
                let etag = try #require(response.headers[.eTag])
                var conditional = headers
                conditional[.ifNoneMatch] = etag
                try await client.execute(uri: "\(App.base)/Binary/\(id)", method: .get, headers: conditional) { again in
                    #expect(again.status == .notModified)
                }
            }
            var fhirJSON = headers
            fhirJSON[.accept] = "application/fhir+json"
            try await client.execute(uri: "\(App.base)/Binary/\(id)", method: .get, headers: fhirJSON) { response in
                let binary = App.json(response.body)
                #expect(binary["resourceType"] as? String == "Binary")
                #expect(binary["contentType"] as? String == "application/pdf")
            }
            try await client.execute(uri: Self.search, method: .get, headers: headers) { response in
                let bundle = App.json(response.body)
                #expect(bundle["type"] as? String == "searchset")
                #expect(bundle["total"] as? Int == 1)
            }
            var form = headers
            form[.contentType] = "application/x-www-form-urlencoded"
            let body = "patient.identifier=urn%3Aoid%3A\(App.testOID)%7C\(App.patient)&status=current"
            try await client.execute(uri: "\(App.base)/DocumentReference/_search", method: .post, headers: form, body: ByteBuffer(string: body)) { response in
                #expect(App.json(response.body)["total"] as? Int == 1)
            }
            let lists = "\(App.base)/List?patient.identifier=urn:oid:\(App.testOID)%7C\(App.patient)&code=submissionset&status=current"
            try await client.execute(uri: lists, method: .get, headers: headers) { response in
                let bundle = App.json(response.body)
                #expect(bundle["total"] as? Int == 1)
                let entries = try #require(bundle["entry"] as? [[String: Any]])
                let listId = try #require((entries.first?["resource"] as? [String: Any])?["id"] as? String)
                try await client.execute(uri: "\(App.base)/List/\(listId)", method: .get, headers: headers) { list in
                    #expect(list.status == .ok)
                }
            }
            try await client.execute(uri: "\(App.base)/Patient?identifier=urn:oid:\(App.testOID)%7C\(App.patient)", method: .get, headers: headers) { response in
                let bundle = App.json(response.body)
                #expect(bundle["total"] as? Int == 1)
                let patientId = try #require(((bundle["entry"] as? [[String: Any]])?.first?["resource"] as? [String: Any])?["id"] as? String)
                try await client.execute(uri: "\(App.base)/Patient/\(patientId)", method: .get, headers: headers) { patient in
                    #expect(patient.status == .ok)
                }
            }
        }
    }

    @Test("errors: 400 malformed, 404 unknown, 413 too large, 415 wrong type, 400 missing status")
    func errorStatuses() async throws {
        try await App.with(overrides: [ServerConfiguration.Key.maximumRequestBytes.name: "2048"]) { client, app in
            let headers = try await app.headers()
            try await client.execute(uri: "\(App.base)/DocumentReference", method: .post, headers: headers, body: ByteBuffer(string: "{oops")) { response in
                #expect(response.status == .badRequest)
            }
            try await client.execute(uri: "\(App.base)/DocumentReference/00000000-0000-0000-0000-000000000000", method: .get, headers: headers) { response in
                #expect(response.status == .notFound)
                #expect(App.json(response.body)["resourceType"] as? String == "OperationOutcome")
            }
            let big = ByteBuffer(bytes: [UInt8](repeating: 0x20, count: 4096))
            try await client.execute(uri: "\(App.base)/DocumentReference", method: .post, headers: headers, body: big) { response in
                #expect(response.status == .contentTooLarge)
            }
            var text = headers
            text[.contentType] = "text/plain"
            try await client.execute(uri: "\(App.base)/DocumentReference", method: .post, headers: text, body: ByteBuffer(string: "{}")) { response in
                #expect(response.status == .unsupportedMediaType)
            }
            try await client.execute(
                uri: "\(App.base)/DocumentReference?patient.identifier=urn:oid:\(App.testOID)%7C\(App.patient)", method: .get, headers: headers
            ) { response in
                #expect(response.status == .badRequest)
            }
        }
    }

    @Test("PATCH: other elements are refused; a stale If-Match is 412; a valid patch makes version 2")
    func patch() async throws {
        try await App.with { client, app in
            let headers = try await app.headers()
            let created = try await client.execute(
                uri: "\(App.base)/DocumentReference", method: .post, headers: headers, body: ByteBuffer(data: App.simplifiedPublish()))
            let id = try #require(App.json(created.body)["id"] as? String)
            var patch = headers
            patch[.contentType] = "application/json-patch+json"
            let other = #"[{"op":"replace","path":"/description","value":"x"}]"#
            try await client.execute(uri: "\(App.base)/DocumentReference/\(id)", method: .patch, headers: patch, body: ByteBuffer(string: other)) { response in
                #expect(response.status == .methodNotAllowed || response.status == .unprocessableContent)
            }
            let mask = #"[{"op":"add","path":"/securityLabel/-","value":{"coding":[{"system":"https://mos.esante.gouv.fr/NOS/TRE_A07-StatutVisibiliteDocument/FHIR/TRE-A07-StatutVisibiliteDocument","code":"MASQUE_PS"}]}}]"#
            var stale = patch
            stale[.ifMatch] = "W/\"7\""
            try await client.execute(uri: "\(App.base)/DocumentReference/\(id)", method: .patch, headers: stale, body: ByteBuffer(string: mask)) { response in
                #expect(response.status == .preconditionFailed)
            }
            try await client.execute(uri: "\(App.base)/DocumentReference/\(id)", method: .patch, headers: patch, body: ByteBuffer(string: mask)) { response in
                #expect(response.status == .ok)
                #expect(response.headers[.eTag] == "W/\"2\"")
            }
            let nurse = try await app.headers("nurse", contentType: "application/json-patch+json")
            try await client.execute(uri: "\(App.base)/DocumentReference/\(id)", method: .patch, headers: nurse, body: ByteBuffer(string: mask)) { response in
                #expect(response.status == .notFound, "a masked document does not exist for another professional")
            }
        }
    }
}
