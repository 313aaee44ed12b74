/// Why a code was refused or terminology data could not be used.
public enum TerminologyError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The code/system pair is not an active member of the value set (or, for a type→class
    /// check, the typeCode has no association).
    case unknownCode(valueSet: String, code: String, system: String)
    /// The classCode is not one the association table allows for the typeCode.
    case classTypeMismatch(classCode: String, typeCode: String, expected: [String])
    /// A terminology file is missing, malformed or inconsistent; the text says which.
    case unreadableData(String)

    /// A sentence fit for an API error message: it names codes, never patient data.
    public var description: String {
        switch self {
        case let .unknownCode(valueSet, code, system):
            "code '\(code)' of system '\(system)' is not in \(valueSet)"
        case let .classTypeMismatch(classCode, typeCode, expected):
            "classCode '\(classCode)' does not match typeCode '\(typeCode)' (expected \(expected.joined(separator: " or ")))"
        case let .unreadableData(reason):
            "terminology data unreadable: \(reason)"
        }
    }
}
