import DMPServer
import Foundation
import Hummingbird
import HummingbirdTesting
import Testing

@Suite("HTTP application")
struct HealthRouteTests {
    @Test("GET /health answers 200 with the database engine")
    func health() async throws {
        try await TemporaryDirectory.with { directory in
            let app = try await buildApplication(TestSupport.configuration(dataDirectory: directory), logger: TestSupport.logger)
            try await app.test(.router) { client in
                try await client.execute(uri: "/health", method: .get) { response in
                    #expect(response.status == .ok)
                    #expect(response.headers[.contentType]?.hasPrefix("application/json") == true)
                    let body = try JSONDecoder().decode([String: String].self, from: Data(String(buffer: response.body).utf8))
                    #expect(body == ["status": "ok", "database": "sqlite"])
                }
            }
            #expect(FileManager.default.fileExists(atPath: directory.appendingPathComponent("dmp.sqlite").path))
        }
    }

    @Test("An unknown path gives a JSON 404 that does not echo the path")
    func unknownRoute() async throws {
        try await TemporaryDirectory.with { directory in
            let app = try await buildApplication(TestSupport.configuration(dataDirectory: directory), logger: TestSupport.logger)
            try await app.test(.router) { client in
                try await client.execute(uri: "/Patient/278057511504250", method: .get) { response in
                    #expect(response.status == .notFound)
                    #expect(response.headers[.contentType]?.hasPrefix("application/json") == true)
                    let body = try JSONDecoder().decode(DMPErrorResponse.Body.self, from: Data(String(buffer: response.body).utf8))
                    #expect(body.code == "NOT_FOUND")
                    #expect(!body.message.contains("278057511504250"))
                }
            }
        }
    }
}
