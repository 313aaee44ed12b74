/// Collects an `author` or a `legalAuthenticator`. Paths are relative to that element; the
/// role element below it is `assignedAuthor` for an author and `assignedEntity` for the
/// legal authenticator.
struct CDAPartyBuilder {
    private let role: String
    private var time: CDATimestamp?
    private var functionCode: CDACode?
    private var ids: [CDAInstanceIdentifier] = []
    private var code: CDACode?
    private var nameCount = 0
    private var name = CDAPersonNameBuilder()
    private var softwareName: String?
    private var modelName: String?
    private var organization: CDAOrganizationBuilder?

    /// A builder for `author/assignedAuthor`.
    static func author() -> CDAPartyBuilder { CDAPartyBuilder(role: "assignedAuthor") }
    /// A builder for `legalAuthenticator/assignedEntity`.
    static func legalAuthenticator() -> CDAPartyBuilder { CDAPartyBuilder(role: "assignedEntity") }

    private init(role: String) {
        self.role = role
    }

    /// Handles the start of a descendant; returns whether its text is wanted.
    mutating func start(_ path: ArraySlice<String>, attributes: [String: String]) -> Bool {
        let steps = Array(path)
        switch steps.count {
        case 1 where steps[0] == "time":
            time = time ?? CDAAttributes.timestamp(attributes)
        case 1 where steps[0] == "functionCode":
            functionCode = functionCode ?? CDAAttributes.code(attributes)
        case 2 where steps[0] == role:
            switch steps[1] {
            case "id":
                if let id = CDAAttributes.identifier(attributes) { ids.append(id) }
            case "code":
                code = code ?? CDAAttributes.code(attributes)
            case "representedOrganization":
                organization = organization ?? CDAOrganizationBuilder()
            default:
                break
            }
        case 3 where steps[0] == role && steps[1] == "assignedPerson" && steps[2] == "name":
            nameCount += 1
        case 3 where steps[0] == role && steps[1] == "assignedAuthoringDevice":
            return steps[2] == "softwareName" || steps[2] == "manufacturerModelName"
        case 4 where steps[0] == role && steps[1] == "assignedPerson" && steps[2] == "name":
            return nameCount == 1 && CDAPersonNameBuilder.keeps(steps[3])
        default:
            break
        }
        if steps.count >= 3, steps[0] == role, steps[1] == "representedOrganization" {
            return organization?.start(path.dropFirst(2), attributes: attributes) ?? false
        }
        return false
    }

    /// Receives the text of a descendant for which `start` asked for it.
    mutating func text(_ path: ArraySlice<String>, attributes: [String: String], text: String) {
        let steps = Array(path)
        guard steps.count >= 3, steps[0] == role else { return }
        switch steps[1] {
        case "assignedPerson" where steps.count == 4:
            name.add(steps[3], attributes: attributes, text: text)
        case "assignedAuthoringDevice" where steps[2] == "softwareName":
            softwareName = softwareName ?? text.nonEmptyTrimmed
        case "assignedAuthoringDevice" where steps[2] == "manufacturerModelName":
            modelName = modelName ?? text.nonEmptyTrimmed
        case "representedOrganization":
            organization?.text(path.dropFirst(2), text: text)
        default:
            break
        }
    }

    /// The author (or legal authenticator).
    var party: CDAAuthor {
        CDAAuthor(
            time: time,
            functionCode: functionCode,
            ids: ids,
            code: code,
            person: name.person,
            deviceName: softwareName ?? modelName,
            organization: organization?.organization
        )
    }
}
