import DMPDomain
import DMPServices

/// The options of `dmp import` as typed, turned into `ImportOptions` with every code looked
/// up in the terminology first, so that a typo stops the run before any file is sent
/// rather than being refused once per file.
public struct ImportArguments: Sendable {
    /// Matricule INS of the patient (required for PDF files).
    public var ins: String?
    /// OID of the INS authority.
    public var authority: String
    /// typeCode as `CODE` or `CODE^system` (for PDF files).
    public var typeCode: String?
    /// Title (for PDF files).
    public var title: String?
    /// IDNPS of the author (for PDF files).
    public var authorIDNPS: String?
    /// Author family name.
    public var authorFamily: String?
    /// Author given name.
    public var authorGiven: String?
    /// healthcareFacilityTypeCode (JDV_J02 code).
    public var facility: String?
    /// practiceSettingCode (JDV_J04 code).
    public var practiceSetting: String?

    /// Creates arguments; `authority` defaults to INS-NIR.
    public init(
        ins: String? = nil, authority: String = INSAuthority.nir.oid, typeCode: String? = nil, title: String? = nil,
        authorIDNPS: String? = nil, authorFamily: String? = nil, authorGiven: String? = nil,
        facility: String? = nil, practiceSetting: String? = nil
    ) {
        self.ins = ins
        self.authority = authority
        self.typeCode = typeCode
        self.title = title
        self.authorIDNPS = authorIDNPS
        self.authorFamily = authorFamily
        self.authorGiven = authorGiven
        self.facility = facility
        self.practiceSetting = practiceSetting
    }

    /// The import options, validated against `services` (INS policy, terminology).
    public func options(services: DMPServices) throws(DMPError) -> ImportOptions {
        var options = ImportOptions()
        if let ins {
            options.patient = try services.ins(matricule: ins, authorityOID: authority)
        }
        let terminology = services.terminology
        if let typeCode {
            let parts = typeCode.split(separator: "^", maxSplits: 1).map(String.init)
            options.typeCode = try Self.concept(parts.first ?? "", system: parts.count > 1 ? parts[1] : nil, in: .typeCode, terminology, element: "typeCode")
        }
        options.title = title
        options.author = try author()
        if let facility {
            options.healthcareFacilityTypeCode = try Self.concept(facility, system: nil, in: .healthcareFacilityType, terminology, element: "healthcareFacilityTypeCode")
        }
        if let practiceSetting {
            options.practiceSettingCode = try Self.concept(practiceSetting, system: nil, in: .practiceSetting, terminology, element: "practiceSettingCode")
        }
        return options
    }

    private func author() throws(DMPError) -> Author? {
        guard authorIDNPS != nil || authorFamily != nil || authorGiven != nil else { return nil }
        var id: String?
        if let authorIDNPS {
            do {
                id = try IDNPS(authorIDNPS).value
            } catch {
                throw DMPError(.invalidIdentifier, error.description, element: "author")
            }
        }
        return Author(person: Author.Person(id: id, idSystem: id == nil ? nil : IDNPS.oid, family: authorFamily, given: authorGiven))
    }

    /// The active concept of `valueSet` with `code` (in `system` when given; otherwise the
    /// first system holding the code), with the value set's display.
    static func concept(
        _ code: String, system: String?, in valueSet: ValueSetID, _ terminology: Terminology, element: String
    ) throws(DMPError) -> Coding {
        let set = terminology.valueSet(valueSet)
        let found = if let system { set.concept(code: code, system: system) } else { set.concepts.first { $0.code == code } }
        guard let found else {
            let named = system.map { "\(code)^\($0)" } ?? code
            throw DMPError(.unknownCode, "\(named) is not a code of \(valueSet.name).", element: element)
        }
        return found
    }
}
