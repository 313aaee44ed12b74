/// Collects the patient of the first `recordTarget`. Paths are relative to `recordTarget`.
struct CDAPatientBuilder {
    /// Whether `recordTarget/patientRole` was seen.
    private(set) var hasPatientRole = false
    private var ids: [CDAInstanceIdentifier] = []
    private var nameCount = 0
    private var name = CDAPersonNameBuilder()
    private var gender: CDACode?
    private var birthTime: CDATimestamp?
    private var birthPlaceCode: String?

    private static let birthPlaceCounty = ["patientRole", "patient", "birthplace", "place", "addr", "county"]

    /// Handles the start of a descendant; returns whether its text is wanted.
    mutating func start(_ path: ArraySlice<String>, attributes: [String: String]) -> Bool {
        let steps = Array(path)
        switch steps {
        case ["patientRole"]:
            hasPatientRole = true
        case ["patientRole", "id"]:
            if let id = CDAAttributes.identifier(attributes) { ids.append(id) }
        case ["patientRole", "patient", "name"]:
            nameCount += 1
        case ["patientRole", "patient", "administrativeGenderCode"]:
            gender = gender ?? CDAAttributes.code(attributes)
        case ["patientRole", "patient", "birthTime"]:
            birthTime = birthTime ?? CDAAttributes.timestamp(attributes)
        case Self.birthPlaceCounty:
            return birthPlaceCode == nil
        default:
            if steps.count == 4, steps[0] == "patientRole", steps[1] == "patient", steps[2] == "name" {
                return nameCount == 1 && CDAPersonNameBuilder.keeps(steps[3])
            }
        }
        return false
    }

    /// Receives the text of a descendant for which `start` asked for it.
    mutating func text(_ path: ArraySlice<String>, attributes: [String: String], text: String) {
        let steps = Array(path)
        if steps == Self.birthPlaceCounty {
            birthPlaceCode = birthPlaceCode ?? text.nonEmptyTrimmed
        } else if steps.count == 4, steps[0] == "patientRole", steps[1] == "patient", steps[2] == "name" {
            name.add(steps[3], attributes: attributes, text: text)
        }
    }

    /// The patient.
    var patient: CDAPatient {
        CDAPatient(ids: ids, person: name.person, gender: gender, birthTime: birthTime, birthPlaceCode: birthPlaceCode)
    }
}
