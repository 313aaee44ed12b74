import Foundation
import JWTKit

/// JWKS documents built from test issuers' keys.
enum JWKSFixtures {
    /// One EC entry per issuer, with its kid, plus any extra raw entries.
    static func document(_ issuers: [TestIssuer], extra: [String] = []) -> String {
        let entries = issuers.map { issuer in
            let parameters = issuer.key.publicKey.parameters!
            return #"{"kty":"EC","crv":"P-256","use":"sig","alg":"ES256","kid":"\#(issuer.kid)","x":"\#(parameters.x)","y":"\#(parameters.y)"}"#
        }
        return #"{"keys":[\#((entries + extra).joined(separator: ","))]}"#
    }

    /// An RSA entry; its numbers are never used (RSA keys are skipped), only its presence.
    static let rsaEntry = #"{"kty":"RSA","alg":"RS256","use":"sig","kid":"rsa-1","n":"sXchDaQebHnPiGvyDOAT4saGEUetSyo9MKLOoWFsueri23bOdgWp4Dy1WlUzewbgBHod5pcM9H95GQRV3JDXboIRROSBigeC5yjU1hGzHHyXss8UDprecbAYxknTcQkhslANGRUZmdTOQ5qTRsLAt6BTYuyvVRdhS8exSZEy_c4gs_7svlJJQ4H9_NxsiIoLwAEk7-Q3UXERGYw_75IDrGA84-lA_-Ct4eTlXHBIY2EaV7t7LjJaynVJCpkv4LKjTTAumiGUIuQhrNhZLuF_RJLqHpM2kgWFLU7-VTdL1VbC2tejvcI2BlMkEpk1BzBZI0KQB0GaDWFLN-aEAw3vRw","e":"AQAB"}"#
    /// A symmetric entry, which JWTKit's own JWKS type could not even decode.
    static let octEntry = #"{"kty":"oct","kid":"hmac-1","k":"c2VjcmV0"}"#
}
