/// FHIR R4 `Device`: a system author (a structure's software, a referenced service).
public struct FHIRDevice: Codable, Hashable, Sendable, FHIRResourceContent {
    /// `Device`.
    public static let resourceType = "Device"

    /// Logical id.
    public var id: String?
    /// Meta.
    public var meta: FHIRMeta?
    /// Identifiers.
    public var identifier: [FHIRIdentifier]?
    /// Names of the device.
    public var deviceName: [DeviceName]?
    /// The structure that runs it.
    public var owner: FHIRReference?

    /// Creates a Device.
    public init(id: String? = nil, identifier: [FHIRIdentifier]? = nil, deviceName: [DeviceName]? = nil, owner: FHIRReference? = nil) {
        self.id = id
        self.identifier = identifier
        self.deviceName = deviceName
        self.owner = owner
    }

    /// `Device.deviceName`.
    public struct DeviceName: Codable, Hashable, Sendable {
        /// The name.
        public var name: String?
        /// `manufacturer-name`, `model-name`, `user-friendly-name`…
        public var type: String?

        /// Creates a name.
        public init(name: String? = nil, type: String? = nil) {
            self.name = name
            self.type = type
        }
    }
}
