import DMPDomain
import DMPServices
import Foundation
import Hummingbird

/// The holder's history, export and record lifecycle.
extension HolderController {
    /// `GET history?from=&to=&group=&limit=&offset=`: one page of the record's history.
    func history(_ request: Request, _ context: AppRequestContext) async throws -> Response {
        let (actor, key) = try holder(context)
        let query = request.uri.queryParameters
        let value = { (name: String) in query.get(name) }
        let page = try await services.auditHistory(
            AuditHistoryQuery(
                patientKey: key, from: try HolderHTTP.date(value("from"), name: "from"),
                to: try HolderHTTP.date(value("to"), name: "to"), group: value("group"),
                limit: try HolderHTTP.integer(value("limit"), name: "limit") ?? 20,
                offset: try HolderHTTP.integer(value("offset"), name: "offset") ?? 0),
            actor: actor)
        return try HolderHTTP.response(HolderHistoryPage(page))
    }

    /// `GET export`: the whole record as the holder may see it (metadata and history; the
    /// bytes are at `documents/:entryUUID/content`).
    func export(_ context: AppRequestContext) async throws -> Response {
        let (actor, key) = try holder(context)
        let (export, _) = try await services.exportRecord(key, actor: actor)
        return try HolderHTTP.response(export)
    }

    /// `POST close` with `{"reason": "..."}`.
    func close(_ request: Request, _ context: AppRequestContext) async throws -> Response {
        let (actor, key) = try holder(context)
        let body = try await HolderHTTP.body(HolderRequest.Close.self, of: request)
        return try HolderHTTP.response(try await services.closeRecord(try ins(of: key), reason: body.reason, actor: actor))
    }

    /// `POST reopen`.
    func reopen(_ context: AppRequestContext) async throws -> Response {
        let (actor, key) = try holder(context)
        return try HolderHTTP.response(try await services.reopenRecord(try ins(of: key), actor: actor))
    }

    /// `POST oppose`.
    func oppose(_ context: AppRequestContext) async throws -> Response {
        let (actor, key) = try holder(context)
        return try HolderHTTP.response(try await services.opposeRecord(try ins(of: key), actor: actor))
    }
}
