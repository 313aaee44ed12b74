import Foundation

/// The terminology shipped with the server, loaded once from the JSON resources; it can
/// also be loaded from a directory given by configuration (same file layout, see
/// ``fileNames``) so an operator can update value sets without a rebuild.
public struct Terminology: Sendable {
    /// The files a terminology directory must contain: one per value set of
    /// ``ValueSetID/all`` (`<JDV name>.json`) plus ``associationsFileName``.
    public static let fileNames: [String] = ValueSetID.all.map(fileName(for:)) + [associationsFileName]

    /// The type→class association table (ASS_X04-like).
    public static let associationsFileName = "type-class-associations.json"

    /// The bundled terminology. A load failure means the package was built with broken
    /// data, a programmer error, so it stops the process with the reason.
    public static let bundled: Terminology = {
        do {
            return try Terminology(locating: { Bundle.module.url(forResource: $0, withExtension: nil) })
        } catch {
            preconditionFailure("bundled terminology resources are unusable: \(error)")
        }
    }()

    let valueSets: [ValueSetID: ValueSet]
    let typeToClasses: [ConceptKey: [Coding]]
    let associationsName: String

    /// Loads the terminology files from `directory` (layout: ``fileNames``).
    public init(directory: URL) throws(TerminologyError) {
        try self.init(locating: { name in
            let url = directory.appendingPathComponent(name)
            return FileManager.default.fileExists(atPath: url.path) ? url : nil
        })
    }

    /// The value set with this id. Asking for one outside ``ValueSetID/all`` is a
    /// programmer error, since only those are loaded.
    public func valueSet(_ id: ValueSetID) -> ValueSet {
        guard let valueSet = valueSets[id] else {
            preconditionFailure("value set \(id) is not part of the terminology")
        }
        return valueSet
    }

    /// Throws ``TerminologyError/unknownCode(valueSet:code:system:)`` unless the coding is an
    /// active member of the value set; a right code in the wrong system is refused too.
    public func validate(_ coding: Coding, in id: ValueSetID) throws(TerminologyError) {
        guard valueSet(id).contains(coding) else {
            throw .unknownCode(valueSet: id.name, code: coding.code, system: coding.system)
        }
    }

    static func fileName(for id: ValueSetID) -> String {
        "\(id.name).json"
    }
}
