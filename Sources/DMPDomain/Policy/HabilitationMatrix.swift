import Foundation

/// The "matrice d'habilitations" (spec §3.3): which document types each profession may
/// consult, as versioned data.
///
/// A document is judged by its typeCode: the profession's rule for that type, else the rule
/// for the type's class (the first class the terminology associates with it, which is the
/// classCode derived at publication), else the profession's default. A profession absent
/// from the file gets the file's `unknownProfession` decision (shipped: nothing).
///
/// Because the store filters by typeCode in SQL, the matrix is also compiled per profession
/// into the list of allowed typeCodes over every type the terminology knows. A typeCode
/// the terminology does not know is therefore never consultable by a professional other
/// than its author, in the list and for a single document alike: both answers must agree.
public struct HabilitationMatrix: Sendable {
    /// The name of the shipped file, also the name expected in a configuration directory.
    public static let fileName = "habilitation-matrix.json"

    /// The shipped matrix. A load failure means the package was built with broken data, a
    /// programmer error, so it stops the process with the reason.
    public static let bundled: HabilitationMatrix = {
        guard let url = Bundle.module.url(forResource: fileName, withExtension: nil) else {
            preconditionFailure("\(fileName) is missing from the DMPDomain resources")
        }
        do {
            return try HabilitationMatrix(contentsOf: url)
        } catch {
            preconditionFailure("bundled habilitation matrix is unusable: \(error)")
        }
    }()

    /// The matrix's name.
    public let name: String
    /// Its version, to quote in the documentation and in support cases.
    public let version: String
    /// Where its content comes from.
    public let source: String

    /// The entries, resolved.
    let profiles: [ProfileKey: Profile]
    /// What applies to a profession without an entry.
    let unknownProfession: Profile
    /// Every typeCode the terminology knows, with the class its rules fall back to.
    let typeClasses: [Terminology.ConceptKey: Terminology.ConceptKey?]
    /// Allowed typeCodes per entry, computed once at load.
    let compiled: [ProfileKey: [CodeFilter]]
    /// Allowed typeCodes of a profession without an entry.
    let compiledUnknown: [CodeFilter]

    /// Loads a matrix file (layout in docs/access-control.md), checking every code against
    /// `terminology` so that a typo fails here and not as a silently hidden document.
    public init(contentsOf url: URL, terminology: Terminology = .bundled) throws(HabilitationMatrixError) {
        let data: Data
        do {
            data = try Data(contentsOf: url)
        } catch {
            throw HabilitationMatrixError("\(url.lastPathComponent): \(error.localizedDescription)")
        }
        try self.init(data: data, terminology: terminology)
    }

    /// The professions (and profession/specialty pairs) the matrix lists, `code` or
    /// `code/specialty`, sorted.
    public var listedProfessions: [String] {
        profiles.keys.map { key in key.specialty.map { "\(key.profession)/\($0)" } ?? key.profession }.sorted()
    }

    /// The typeCodes a professional of `profession` (and `specialty`) may consult, for
    /// `VisibilityRestriction.allowedTypeCodes`. Empty for an unknown profession.
    public func allowedTypeCodes(profession: String?, specialty: String? = nil) -> [CodeFilter] {
        guard let key = profileKey(profession: profession, specialty: specialty) else { return compiledUnknown }
        return compiled[key] ?? compiledUnknown
    }

    /// Whether a professional of `profession` (and `specialty`) may consult a document of
    /// `typeCode`. Agrees with ``allowedTypeCodes(profession:specialty:)``.
    public func mayConsult(typeCode: Coding, profession: String?, specialty: String? = nil) -> Bool {
        let type = Terminology.ConceptKey(typeCode)
        guard let fallbackClass = typeClasses[type] else { return false }
        let profile = profileKey(profession: profession, specialty: specialty).flatMap { profiles[$0] } ?? unknownProfession
        return profile.allows(type: type, class: fallbackClass)
    }

    /// Whether `actor` may consult `document` by the matrix alone (authorship and
    /// visibility flags are the policy's business).
    public func mayConsult(_ document: DocumentMetadata, by actor: Actor) -> Bool {
        mayConsult(typeCode: document.typeCode, profession: actor.professionCode, specialty: actor.specialtyCode)
    }

    /// The entry that applies: the specialty's own when the file has one, else the
    /// profession's; nil when the profession is unknown.
    private func profileKey(profession: String?, specialty: String?) -> ProfileKey? {
        guard let profession else { return nil }
        if let specialty, profiles[ProfileKey(profession: profession, specialty: specialty)] != nil {
            return ProfileKey(profession: profession, specialty: specialty)
        }
        let general = ProfileKey(profession: profession, specialty: nil)
        return profiles[general] != nil ? general : nil
    }
}
