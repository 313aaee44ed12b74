/// Collects the parts of one HL7 `PN` (`name`) element.
struct CDAPersonNameBuilder {
    private var family: [CDANamePart] = []
    private var given: [CDANamePart] = []
    private var prefix: String?
    private var suffix: String?

    /// Whether a child of `name` called `part` carries text this builder keeps.
    static func keeps(_ part: String) -> Bool {
        part == "family" || part == "given" || part == "prefix" || part == "suffix"
    }

    /// Records the text of the child `part` of `name`, with that child's attributes.
    mutating func add(_ part: String, attributes: [String: String], text: String) {
        guard let value = text.nonEmptyTrimmed else { return }
        let namePart = CDANamePart(value: value, qualifier: CDAAttributes.value(attributes, "qualifier"))
        switch part {
        case "family": family.append(namePart)
        case "given": given.append(namePart)
        case "prefix": prefix = prefix ?? value
        case "suffix": suffix = suffix ?? value
        default: break
        }
    }

    /// The name, or `nil` when it had no usable part.
    var person: CDAPerson? {
        if family.isEmpty, given.isEmpty, prefix == nil, suffix == nil { return nil }
        return CDAPerson(family: family, given: given, prefix: prefix, suffix: suffix)
    }
}
