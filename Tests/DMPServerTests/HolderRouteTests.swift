import DMPServer
import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import NIOCore
import Testing

/// The holder API in process: every endpoint, its effect on professionals, and its errors.
@Suite("Holder API routes")
struct HolderRouteTests {
    typealias App = FHIRTestApp

    @Test("no token → 401 with WWW-Authenticate; a professional token → 403")
    func authentication() async throws {
        try await App.with { client, app in
            try await client.execute(uri: "\(App.record)/settings", method: .get) { response in
                #expect(response.status == .unauthorized)
                #expect(response.headers[.wwwAuthenticate] == "Bearer realm=\"dmp\"")
                #expect(App.json(response.body)["code"] as? String == "UNAUTHENTICATED")
            }
            try await client.execute(uri: "\(App.record)/settings", method: .get, headers: [.authorization: "Bearer x.y.z"]) { response in
                #expect(response.status == .unauthorized)
                #expect(response.headers[.wwwAuthenticate]?.contains("invalid_token") == true)
            }
            try await client.execute(uri: "\(App.record)/settings", method: .get, headers: try await app.headers()) { response in
                #expect(response.status == .forbidden)
            }
        }
    }

    @Test("the holder blocks a professional, whose FHIR search is then 403; unblock restores it")
    func block() async throws {
        try await App.with { client, app in
            _ = try await app.publish(client)
            try await client.execute(uri: "\(App.base)/Consent", method: .post, headers: try await app.headers(), body: ByteBuffer(data: App.consent))
            #expect(try await app.search(client, as: "gp").status == .ok)
            let blocked = try await app.holder(client, .post, "/settings/blocked", #"{"idnps":"\#(App.idnps("gp"))"}"#)
            #expect(blocked.status == .ok)
            #expect(try await app.search(client, as: "gp").status == .forbidden)
            let settings = try await app.holder(client, .get, "/settings")
            #expect(settings.status == .ok)
            #expect("\(settings.json)".contains(App.idnps("gp")))
            #expect(try await app.holder(client, .delete, "/settings/blocked/\(App.idnps("gp"))").status == .ok)
            #expect(try await app.search(client, as: "gp").status == .ok)
            #expect(try await app.holder(client, .post, "/settings/blocked", #"{"idnps":"9 not an idnps"}"#).status == .unprocessableContent)
        }
    }

    @Test("legal representatives and the holder's birth date are managed by the holder")
    func legalRepresentatives() async throws {
        try await App.with { client, app in
            _ = try await app.publish(client)
            let added = try await app.holder(client, .post, "/settings/legal-representatives", #"{"id":"parent-1","displayName":"Parent Un"}"#)
            #expect(added.status == .ok)
            #expect("\(added.json)".contains("parent-1"))
            #expect(try await app.holder(client, .put, "/settings/birth-date", #"{"birthDate":"2015-03-04"}"#).status == .ok)
            #expect(try await app.holder(client, .put, "/settings/birth-date", #"{"birthDate":"not a date"}"#).status.code >= 400)
            let removed = try await app.holder(client, .delete, "/settings/legal-representatives/parent-1")
            #expect(removed.status == .ok)
            #expect(!"\(removed.json)".contains("parent-1"))
            #expect(try await app.holder(client, .post, "/settings/legal-representatives", #"{"id":"x"}"#).status == .badRequest)
        }
    }

    @Test("grant and revoke an authorisation; médecin traitant; mask-all; e-mail")
    func authorisations() async throws {
        try await App.with { client, app in
            _ = try await app.publish(client)
            #expect(try await app.search(client, as: "samu").status == .forbidden)
            let body = #"{"idnps":"\#(App.idnps("samu"))","expiresAt":"2099-01-01T00:00:00Z"}"#
            #expect(try await app.holder(client, .post, "/settings/authorisations", body).status == .ok)
            #expect(try await app.search(client, as: "samu") == (.ok, 1))
            #expect(try await app.holder(client, .delete, "/settings/authorisations/\(App.idnps("samu"))").status == .ok)
            #expect(try await app.search(client, as: "samu").status == .forbidden)
            let physician = #"{"idnps":"\#(App.idnps("gp"))"}"#
            #expect(try await app.holder(client, .put, "/settings/attending-physician", physician).status == .ok)
            #expect(try await app.holder(client, .put, "/settings/attending-physician", #"{"idnps":null}"#).status == .ok)
            #expect(try await app.holder(client, .put, "/settings/attending-physician", "{}").status == .badRequest)
            #expect(try await app.holder(client, .put, "/settings/mask-all", #"{"on":true}"#).status == .ok)
            #expect(try await app.holder(client, .put, "/settings/mask-all", #"{"on":false}"#).status == .ok)
            #expect(try await app.holder(client, .put, "/settings/email", #"{"address":"marie@example.org"}"#).status == .ok)
            #expect(try await app.holder(client, .put, "/settings/email", #"{"address":null}"#).status == .ok)
        }
    }

    @Test("emergency consents: ETREAT, BTG, MASKED; anything else is 400")
    func emergency() async throws {
        try await App.with { client, app in
            _ = try await app.publish(client)
            for purpose in ["ETREAT", "BTG", "MASKED"] {
                #expect(try await app.holder(client, .put, "/settings/emergency/\(purpose)", #"{"decision":"deny"}"#).status == .ok)
            }
            let settings = try await app.holder(client, .get, "/settings")
            #expect("\(settings.json)".contains("deny"))
            #expect(try await app.holder(client, .put, "/settings/emergency/OTHER", #"{"decision":"deny"}"#).status == .badRequest)
            #expect(try await app.holder(client, .put, "/settings/emergency/BTG", #"{"decision":"maybe"}"#).status == .badRequest)
        }
    }

    @Test("a masked document disappears for a non-author professional; the holder still gets its bytes")
    func maskDocument() async throws {
        try await App.with { client, app in
            let id = try await app.publish(client, "masked-one")
            let body = #"{"idnps":"\#(App.idnps("samu"))"}"#
            #expect(try await app.holder(client, .post, "/settings/authorisations", body).status == .ok)
            #expect(try await app.search(client, as: "samu") == (.ok, 1))
            #expect(try await app.holder(client, .put, "/documents/\(id)/masked", #"{"masked":true}"#).status == .ok)
            #expect(try await app.search(client, as: "samu") == (.ok, 0))
            let content = try await client.execute(
                uri: "\(App.record)/documents/\(id)/content", method: .get, headers: try await app.holderHeaders(json: false))
            #expect(content.status == .ok)
            #expect(content.headers[.contentType] == "application/pdf")
            #expect(String(buffer: content.body).hasPrefix("%PDF-1.4\n% masked-one"))
            #expect(try await app.holder(client, .put, "/documents/\(id)/masked", #"{"masked":false}"#).status == .ok)
            #expect(try await app.search(client, as: "samu") == (.ok, 1))
        }
    }

    @Test("history lists the accesses, with paging; export gives metadata and history")
    func historyAndExport() async throws {
        try await App.with { client, app in
            _ = try await app.publish(client)
            _ = try await app.search(client, as: "samu")
            _ = try await app.search(client, as: "gp")
            let all = try await app.holder(client, .get, "/history?limit=200")
            #expect(all.status == .ok)
            let total = try #require(all.json["total"] as? Int)
            #expect(total >= 3)
            let events = try #require(all.json["events"] as? [[String: Any]])
            #expect(events.contains { $0["actorId"] as? String == App.idnps("samu") && $0["outcome"] != nil })
            #expect(events.allSatisfy { $0["time"] is String && $0["action"] is String && $0["group"] is String })
            let page = try await app.holder(client, .get, "/history?limit=2&offset=1")
            #expect((page.json["events"] as? [Any])?.count == 2)
            #expect((page.json["total"] as? Int ?? 0) >= total)
            #expect(try await app.holder(client, .get, "/history?from=yesterday").status == .badRequest)
            #expect(try await app.holder(client, .get, "/history?limit=-1").status == .badRequest)
            let export = try await app.holder(client, .get, "/export")
            #expect(export.status == .ok)
            #expect((export.json["documents"] as? [Any])?.count == 1)
            #expect((export.json["history"] as? [Any])?.isEmpty == false)
            #expect(export.json["settings"] != nil && export.json["record"] != nil)
        }
    }

    @Test("bodies: 415 without application/json, 400 malformed, 413 beyond 64 kB")
    func bodies() async throws {
        try await App.with { client, app in
            _ = try await app.publish(client)
            var plain = try await app.holderHeaders(json: false)
            plain[.contentType] = "text/plain"
            try await client.execute(uri: "\(App.record)/settings/mask-all", method: .put, headers: plain, body: ByteBuffer(string: #"{"on":true}"#)) { response in
                #expect(response.status == .unsupportedMediaType)
                #expect(App.json(response.body)["code"] as? String == "UNSUPPORTED_MEDIA_TYPE")
            }
            let malformed = try await app.holder(client, .put, "/settings/mask-all", #"{"on":"#)
            #expect(malformed.status == .badRequest)
            #expect(malformed.json["code"] as? String == "MALFORMED")
            let large = #"{"address":"\#(String(repeating: "a", count: 70_000))"}"#
            #expect(try await app.holder(client, .put, "/settings/email", large).status == .contentTooLarge)
        }
    }

    @Test("the holder closes, reopens and opposes their record")
    func lifecycle() async throws {
        try await App.with { client, app in
            _ = try await app.publish(client)
            let closed = try await app.holder(client, .post, "/close", #"{"reason":"Je ne souhaite plus de DMP"}"#)
            #expect(closed.status == .ok)
            #expect(try await app.holder(client, .post, "/reopen").status == .ok)
            #expect(try await app.holder(client, .post, "/oppose").status == .ok)
        }
    }
}
