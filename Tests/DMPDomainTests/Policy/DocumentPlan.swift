import DMPDomain
import Foundation

/// A document: its type, its flags (a bit per ``PolicyPools/flags``) and its author.
struct DocumentPlan: Sendable, CustomStringConvertible {
    /// Index in ``PolicyPools/types``.
    let type: Int
    /// Bits over ``PolicyPools/flags``.
    let flags: Int
    /// 0–4: a pooled professional; 5: the holder; 6: someone else.
    let author: Int

    /// Readable form for failures.
    var description: String { "doc(\(PolicyPools.types[type].code) flags \(flags) author \(author))" }

    /// The document.
    func build() -> DocumentMetadata {
        typealias P = PolicyPools
        let flags = P.flags.indices.filter { self.flags & (1 << $0) != 0 }.map { P.flags[$0] }
        let type = P.types[type]
        switch author {
        case 0..<P.professionals.count:
            return PolicyFixtures.document(type: type.code, system: type.system, flags: flags, authorID: P.professionals[author])
        case P.professionals.count:
            return PolicyFixtures.document(
                type: type.code, system: type.system, flags: flags, authorID: PolicyFixtures.key.ins.matricule,
                authorSystem: INSAuthority.test.oid)
        default:
            return PolicyFixtures.document(type: type.code, system: type.system, flags: flags, authorID: "899999999999")
        }
    }
}
