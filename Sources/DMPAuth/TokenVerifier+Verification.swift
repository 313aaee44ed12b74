import DMPDomain
import Foundation

extension TokenVerifier {
    /// Only `iss`, read before the signature is checked, to choose the keys to check it with.
    private struct IssuerPeek: Decodable {
        /// The claimed issuer.
        var iss: String?
    }

    /// The checks, in an order where each error names the first real problem: form, then
    /// algorithm policy, then issuer and key, then signature, then (trusted) claims.
    func verifySynchronously(token: String) throws(AuthenticationError) -> VerifiedToken {
        guard token.utf8.count <= configuration.maximumTokenLength else {
            throw .malformedToken(reason: "it is longer than \(configuration.maximumTokenLength) bytes")
        }
        let jws = try CompactJWS(token)
        let algorithm = try allowedAlgorithm(jws.header.alg ?? "")
        let issuer = try peekIssuer(jws.payload)
        try verifySignature(of: jws, issuer: issuer, algorithm: algorithm)
        let payload = try TokenPayload.decode(jws.payload)
        let expiresAt = try checkAudienceAndTime(payload)
        switch payload.actorType {
        case nil, "professional": break
        case "patient": return .holder(try holderActor(from: payload))
        default: throw .invalidClaim("actor_type", reason: "it must be professional or patient")
        }
        let claims = try professionalClaims(from: payload).validated(terminology: configuration.terminology)
        let tokenID = try ProfessionalClaims.text(payload.jti, claim: "jti", limit: 128)
        return .professional(AuthenticatedProfessional(
            claims: claims, issuer: issuer, tokenID: tokenID, expiresAt: expiresAt,
            issuedAt: payload.iat.map(Date.init(timeIntervalSince1970:))))
    }

    /// The header's algorithm if it is allowed. Checked before any key is looked at, so a
    /// token signed with HS256 using a public key as the secret never reaches a key.
    private func allowedAlgorithm(_ name: String) throws(AuthenticationError) -> SignatureAlgorithm {
        guard let algorithm = SignatureAlgorithm(name: name), configuration.allowedAlgorithms.contains(algorithm) else {
            throw .disallowedAlgorithm(SignatureAlgorithm.registeredNames.contains(name) ? name : nil)
        }
        return algorithm
    }

    private func peekIssuer(_ payload: Data) throws(AuthenticationError) -> String {
        let peek: IssuerPeek
        do {
            peek = try JSONDecoder().decode(IssuerPeek.self, from: payload)
        } catch let error as DecodingError {
            throw TokenPayload.mapped(error)
        } catch {
            throw .malformedToken(reason: "the payload is not a JSON object")
        }
        guard let issuer = peek.iss else { throw .missingClaim("iss") }
        guard keysByIssuer[issuer] != nil else { throw .unknownIssuer }
        return issuer
    }

    /// Checks the signature with the key `kid` names, or, without `kid`, with each of the
    /// issuer's keys for this algorithm (an issuer has few keys).
    private func verifySignature(
        of jws: CompactJWS, issuer: String, algorithm: SignatureAlgorithm
    ) throws(AuthenticationError) {
        let keys = keysByIssuer[issuer] ?? []
        let candidates: [VerificationKey]
        if let kid = jws.header.kid {
            guard let named = keys.first(where: { $0.keyID == kid }) else { throw .unknownKeyID }
            guard named.algorithm == algorithm else { throw .keyAlgorithmMismatch }
            candidates = [named]
        } else {
            candidates = keys.filter { $0.algorithm == algorithm }
        }
        for key in candidates where (try? key.verifier.verify(jws.signature, signs: jws.signingInput)) == true {
            return
        }
        throw .invalidSignature
    }

    /// Checks `aud`, `exp`, `nbf`, `iat`; returns the expiry.
    private func checkAudienceAndTime(_ payload: TokenPayload) throws(AuthenticationError) -> Date {
        guard let audiences = payload.aud, !audiences.isEmpty else { throw .missingClaim("aud") }
        guard audiences.contains(where: configuration.audiences.contains) else { throw .wrongAudience }
        guard let exp = payload.exp else { throw .missingClaim("exp") }
        for (name, value) in [("exp", exp), ("nbf", payload.nbf), ("iat", payload.iat)] {
            if let value, !value.isFinite { throw .invalidClaim(name, reason: "it is not a finite number") }
        }
        let now = configuration.now().timeIntervalSince1970
        // RFC 7519 §4.1.4: valid only while now is before exp; the skew widens every window.
        guard now < exp + skew else { throw .expired }
        if let nbf = payload.nbf, now < nbf - skew { throw .notYetValid }
        if let iat = payload.iat, iat > now + skew { throw .notYetValid }
        return Date(timeIntervalSince1970: exp)
    }

    /// Reads the typed claims; identifiers are parsed here so their errors name them.
    private func professionalClaims(from payload: TokenPayload) throws(AuthenticationError) -> ProfessionalClaims {
        guard let sub = payload.sub else { throw .missingClaim("sub") }
        let subject: IDNPS
        do { subject = try IDNPS(sub) } catch { throw .invalidProfessionalIdentifier(reason: Self.reason(of: error)) }
        guard let name = payload.name else { throw .missingClaim("name") }
        guard let profession = payload.profession else { throw .missingClaim("profession") }
        var structure: StructureIdentifier?
        if let raw = payload.structureId {
            do { structure = try StructureIdentifier(raw) } catch {
                throw .invalidStructureIdentifier(reason: Self.reason(of: error))
            }
        }
        let mode: AccessMode
        if let code = payload.purposeOfUse {
            guard let known = AccessMode(code: code) else { throw .unknownAccessMode }
            mode = known
        } else {
            mode = .normal
        }
        return ProfessionalClaims(
            subject: subject, name: name, profession: profession, specialty: payload.specialty,
            card: payload.card, structureId: structure, structureName: payload.structureName,
            sector: payload.sector, samuRegulator: payload.samuRegulator ?? false, accessMode: mode,
            accessReason: payload.accessReason, softwareID: payload.lpsId, softwareName: payload.lpsName,
            softwareVersion: payload.lpsVersion)
    }

    /// The rule an identifier broke, without the value itself (which came from the token).
    private static func reason(of error: IdentityError) -> String {
        switch error {
        case .invalidIDNPS(_, let reason), .invalidStructureIdentifier(_, let reason): return reason
        default: return "it is not well-formed"
        }
    }
}
