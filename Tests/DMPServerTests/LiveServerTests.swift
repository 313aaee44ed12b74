import DMPServer
import Foundation
import HummingbirdTesting
import Testing

@Suite("Live server")
struct LiveServerTests {
    @Test("The server listens on an ephemeral port and answers GET /health over loopback")
    func liveHealth() async throws {
        try await TemporaryDirectory.with { directory in
            let configuration = try TestSupport.configuration(dataDirectory: directory, port: 0)
            let app = try await buildApplication(configuration, logger: TestSupport.logger)
            try await app.test(.live) { client in
                #expect(client.port != nil && client.port != 0)
                try await client.execute(uri: "/health", method: .get) { response in
                    #expect(response.status == .ok)
                    let body = try JSONDecoder().decode([String: String].self, from: Data(String(buffer: response.body).utf8))
                    #expect(body == ["status": "ok", "database": "sqlite"])
                }
            }
        }
    }
}
