/// Collects an organisation (`representedOrganization`, `representedCustodianOrganization`).
/// Paths are relative to the organisation element.
struct CDAOrganizationBuilder {
    private var ids: [CDAInstanceIdentifier] = []
    private var name: String?

    /// Handles the start of a descendant; returns whether its text is wanted.
    mutating func start(_ path: ArraySlice<String>, attributes: [String: String]) -> Bool {
        switch Array(path) {
        case ["id"]:
            if let id = CDAAttributes.identifier(attributes) { ids.append(id) }
            return false
        case ["name"]:
            return name == nil
        default:
            return false
        }
    }

    /// Receives the text of a descendant for which `start` asked for it.
    mutating func text(_ path: ArraySlice<String>, text: String) {
        if Array(path) == ["name"], name == nil { name = text.nonEmptyTrimmed }
    }

    /// The organisation.
    var organization: CDAOrganization { CDAOrganization(ids: ids, name: name) }
}
