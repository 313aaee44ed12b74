/// A FHIR resource type this module models: its `resourceType` and Codable body.
public protocol FHIRResourceContent: Codable, Hashable, Sendable {
    /// The JSON `resourceType` value.
    static var resourceType: String { get }
}

/// Any resource, where FHIR allows several types (Bundle entries, `contained`).
///
/// A hand-written enum rather than a class hierarchy so resources stay value types; the
/// resource bodies are synthesized Codable structs and this wrapper adds `resourceType`.
public enum FHIRResource: Codable, Hashable, Sendable {
    /// A Bundle.
    case bundle(FHIRBundle)
    /// A DocumentReference.
    case documentReference(FHIRDocumentReference)
    /// A List.
    case list(FHIRList)
    /// A Binary.
    case binary(FHIRBinary)
    /// A Patient.
    case patient(FHIRPatient)
    /// A Practitioner.
    case practitioner(FHIRPractitioner)
    /// A PractitionerRole.
    case practitionerRole(FHIRPractitionerRole)
    /// An Organization.
    case organization(FHIROrganization)
    /// A Device.
    case device(FHIRDevice)
    /// An OperationOutcome.
    case operationOutcome(FHIROperationOutcome)
    /// A Parameters.
    case parameters(FHIRParameters)
    /// A CapabilityStatement.
    case capabilityStatement(FHIRCapabilityStatement)
    /// A type this module does not model, kept with its type and id so that a caller can
    /// say precisely what it refuses (contained resources of other types are ignored).
    case other(resourceType: String, id: String?)

    private enum Keys: String, CodingKey {
        case resourceType, id
    }

    /// The JSON `resourceType`.
    public var resourceType: String {
        switch self {
        case .bundle: FHIRBundle.resourceType
        case .documentReference: FHIRDocumentReference.resourceType
        case .list: FHIRList.resourceType
        case .binary: FHIRBinary.resourceType
        case .patient: FHIRPatient.resourceType
        case .practitioner: FHIRPractitioner.resourceType
        case .practitionerRole: FHIRPractitionerRole.resourceType
        case .organization: FHIROrganization.resourceType
        case .device: FHIRDevice.resourceType
        case .operationOutcome: FHIROperationOutcome.resourceType
        case .parameters: FHIRParameters.resourceType
        case .capabilityStatement: FHIRCapabilityStatement.resourceType
        case .other(let type, _): type
        }
    }

    /// The resource's `id`.
    public var id: String? {
        switch self {
        case .bundle(let value): value.id
        case .documentReference(let value): value.id
        case .list(let value): value.id
        case .binary(let value): value.id
        case .patient(let value): value.id
        case .practitioner(let value): value.id
        case .practitionerRole(let value): value.id
        case .organization(let value): value.id
        case .device(let value): value.id
        case .operationOutcome(let value): value.id
        case .parameters(let value): value.id
        case .capabilityStatement(let value): value.id
        case .other(_, let id): id
        }
    }

    /// Decodes the body named by `resourceType`; the body is decoded from the same decoder so
    /// that error locations continue the caller's path.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: Keys.self)
        let type = try container.decode(String.self, forKey: .resourceType)
        switch type {
        case FHIRBundle.resourceType: self = .bundle(try FHIRBundle(from: decoder))
        case FHIRDocumentReference.resourceType: self = .documentReference(try FHIRDocumentReference(from: decoder))
        case FHIRList.resourceType: self = .list(try FHIRList(from: decoder))
        case FHIRBinary.resourceType: self = .binary(try FHIRBinary(from: decoder))
        case FHIRPatient.resourceType: self = .patient(try FHIRPatient(from: decoder))
        case FHIRPractitioner.resourceType: self = .practitioner(try FHIRPractitioner(from: decoder))
        case FHIRPractitionerRole.resourceType: self = .practitionerRole(try FHIRPractitionerRole(from: decoder))
        case FHIROrganization.resourceType: self = .organization(try FHIROrganization(from: decoder))
        case FHIRDevice.resourceType: self = .device(try FHIRDevice(from: decoder))
        case FHIROperationOutcome.resourceType: self = .operationOutcome(try FHIROperationOutcome(from: decoder))
        case FHIRParameters.resourceType: self = .parameters(try FHIRParameters(from: decoder))
        case FHIRCapabilityStatement.resourceType: self = .capabilityStatement(try FHIRCapabilityStatement(from: decoder))
        default: self = .other(resourceType: type, id: try container.decodeIfPresent(String.self, forKey: .id))
        }
    }

    /// Encodes `resourceType` first, then the body into the same JSON object.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: Keys.self)
        try container.encode(resourceType, forKey: .resourceType)
        switch self {
        case .bundle(let value): try value.encode(to: encoder)
        case .documentReference(let value): try value.encode(to: encoder)
        case .list(let value): try value.encode(to: encoder)
        case .binary(let value): try value.encode(to: encoder)
        case .patient(let value): try value.encode(to: encoder)
        case .practitioner(let value): try value.encode(to: encoder)
        case .practitionerRole(let value): try value.encode(to: encoder)
        case .organization(let value): try value.encode(to: encoder)
        case .device(let value): try value.encode(to: encoder)
        case .operationOutcome(let value): try value.encode(to: encoder)
        case .parameters(let value): try value.encode(to: encoder)
        case .capabilityStatement(let value): try value.encode(to: encoder)
        case .other(_, let id): try container.encodeIfPresent(id, forKey: .id)
        }
    }
}
