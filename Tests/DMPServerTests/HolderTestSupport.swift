import DMPAuth
import DMPDomain
import DMPServer
import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import NIOCore

/// Requests of the holder API (`/api/v1/record`) in the FHIR test application: holder
/// tokens for the test patient, JSON bodies, and the professional's side of the scenarios.
extension FHIRTestApp {
    /// Where the holder API lives.
    static let record = "/api/v1/record"
    /// A FHIR search of the test patient's current documents.
    static let patientSearch = "\(base)/DocumentReference?patient.identifier=urn:oid:\(testOID)%7C\(patient)&status=current"

    /// Headers of a request by the test patient (JSON body when `json`).
    func holderHeaders(json: Bool = true) async throws -> HTTPFields {
        let ins = try INS(matricule: Self.patient, authorityOID: Self.testOID)
        let token = try await issuer.mintHolderToken(ins: ins, displayName: "Marie TEST", lifetime: .seconds(600))
        var fields: HTTPFields = [.authorization: "Bearer \(token)"]
        if json { fields[.contentType] = "application/json" }
        return fields
    }

    /// A holder request; answers the status and the JSON object of the body.
    @discardableResult
    func holder(
        _ client: any TestClientProtocol, _ method: HTTPRequest.Method, _ path: String, _ body: String? = nil
    ) async throws -> (status: HTTPResponse.Status, json: [String: Any]) {
        let response = try await client.execute(
            uri: Self.record + path, method: method, headers: try await holderHeaders(json: body != nil),
            body: body.map { ByteBuffer(string: $0) })
        return (response.status, Self.json(response.body))
    }

    /// Publishes a PDF as the GP (which creates the record); answers its entryUUID.
    func publish(_ client: any TestClientProtocol, _ text: String = UUID().uuidString) async throws -> String {
        let response = try await client.execute(
            uri: "\(Self.base)/DocumentReference", method: .post, headers: try await headers(),
            body: ByteBuffer(data: Self.simplifiedPublish(text)))
        return Self.json(response.body)["id"] as? String ?? ""
    }

    /// A professional's search of the test patient's documents: status and total.
    func search(_ client: any TestClientProtocol, as handle: String) async throws -> (status: HTTPResponse.Status, total: Int?) {
        let response = try await client.execute(uri: Self.patientSearch, method: .get, headers: try await headers(handle))
        return (response.status, Self.json(response.body)["total"] as? Int)
    }

    /// The IDNPS of a development professional.
    static func idnps(_ handle: String) -> String { DevelopmentProfessionals.named(handle)?.idnps ?? "" }
}
