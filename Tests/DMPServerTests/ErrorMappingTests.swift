import DMPServer
import DMPDomain
import Foundation
import Hummingbird
import HummingbirdTesting
import Testing

@Suite("Error responses")
struct ErrorMappingTests {
    @Test("Each DMPError category maps to its HTTP status", arguments: [
        (DMPError.Code.malformed, HTTPResponse.Status.badRequest),
        (.invalidINS, .unprocessableContent),
        (.notAuthor, .forbidden),
        (.documentNotFound, .notFound),
        (.recordExists, .conflict),
        (.tooLarge, .contentTooLarge),
        (.unsupportedMediaType, .unsupportedMediaType),
    ])
    func statuses(code: DMPError.Code, status: HTTPResponse.Status) {
        #expect(DMPErrorResponse.status(for: code.category) == status)
    }

    /// A router with routes that throw, behind the application's error middleware.
    private func throwingApplication() -> some ApplicationProtocol {
        let router = Router(context: AppRequestContext.self)
        router.add(middleware: ErrorMiddleware())
        router.get("/refused") { _, _ -> String in throw DMPError(.recordClosed, "The DMP is closed.") }
        router.get("/broken") { _, _ -> String in throw CocoaError(.fileReadCorruptFile, userInfo: [NSFilePathErrorKey: "/secret/path"]) }
        return Application(router: router, logger: TestSupport.logger)
    }

    @Test("A DMPError goes back with its code and message")
    func refusal() async throws {
        try await throwingApplication().test(.router) { client in
            try await client.execute(uri: "/refused", method: .get) { response in
                #expect(response.status == .unprocessableContent)
                let body = try JSONDecoder().decode(DMPErrorResponse.Body.self, from: Data(String(buffer: response.body).utf8))
                #expect(body == DMPErrorResponse.Body(code: "DMP_CLOSED", message: "The DMP is closed."))
            }
        }
    }

    @Test("Any other error is a generic 500 that reveals no detail")
    func internalError() async throws {
        try await throwingApplication().test(.router) { client in
            try await client.execute(uri: "/broken", method: .get) { response in
                #expect(response.status == .internalServerError)
                let text = String(buffer: response.body)
                let body = try JSONDecoder().decode(DMPErrorResponse.Body.self, from: Data(text.utf8))
                #expect(body.code == "INTERNAL_ERROR")
                #expect(!text.contains("secret"))
            }
        }
    }
}
