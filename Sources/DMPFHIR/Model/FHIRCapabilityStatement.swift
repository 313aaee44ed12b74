/// FHIR R4 `CapabilityStatement` (server side, what `/metadata` returns).
public struct FHIRCapabilityStatement: Codable, Hashable, Sendable, FHIRResourceContent {
    /// `CapabilityStatement`.
    public static let resourceType = "CapabilityStatement"

    /// Logical id.
    public var id: String?
    /// Canonical URL.
    public var url: String?
    /// Version of the statement (the software version).
    public var version: String?
    /// Computer name.
    public var name: String?
    /// Title.
    public var title: String?
    /// `active`.
    public var status: String
    /// Not an example.
    public var experimental: Bool?
    /// FHIR dateTime of publication.
    public var date: String
    /// Publisher.
    public var publisher: String?
    /// Description.
    public var description: String?
    /// `instance`.
    public var kind: String
    /// CapabilityStatements this one implements (PDSm Gestionnaire).
    public var instantiates: [String]?
    /// Software.
    public var software: Software?
    /// This deployment.
    public var implementation: Implementation?
    /// `4.0.1`.
    public var fhirVersion: String
    /// `json`…
    public var format: [String]
    /// Patch formats accepted.
    public var patchFormat: [String]?
    /// Implementation guides followed.
    public var implementationGuide: [String]?
    /// The REST API.
    public var rest: [Rest]?

    /// Creates a statement.
    public init(status: String, date: String, kind: String, fhirVersion: String, format: [String]) {
        self.status = status
        self.date = date
        self.kind = kind
        self.fhirVersion = fhirVersion
        self.format = format
    }

    /// `CapabilityStatement.software`.
    public struct Software: Codable, Hashable, Sendable {
        /// Name.
        public var name: String
        /// Version.
        public var version: String?

        /// Creates it.
        public init(name: String, version: String? = nil) {
            self.name = name
            self.version = version
        }
    }

    /// `CapabilityStatement.implementation`.
    public struct Implementation: Codable, Hashable, Sendable {
        /// Description.
        public var description: String
        /// Base URL.
        public var url: String?

        /// Creates it.
        public init(description: String, url: String? = nil) {
            self.description = description
            self.url = url
        }
    }

    /// `CapabilityStatement.rest`.
    public struct Rest: Codable, Hashable, Sendable {
        /// `server`.
        public var mode: String
        /// Documentation.
        public var documentation: String?
        /// Resources served.
        public var resource: [Resource]?
        /// System interactions (`transaction`).
        public var interaction: [Interaction]?

        /// Creates it.
        public init(mode: String, documentation: String? = nil, resource: [Resource]? = nil, interaction: [Interaction]? = nil) {
            self.mode = mode
            self.documentation = documentation
            self.resource = resource
            self.interaction = interaction
        }
    }

    /// `CapabilityStatement.rest.resource`.
    public struct Resource: Codable, Hashable, Sendable {
        /// Resource type.
        public var type: String
        /// Base profile.
        public var profile: String?
        /// Profiles supported.
        public var supportedProfile: [String]?
        /// Documentation.
        public var documentation: String?
        /// Interactions.
        public var interaction: [Interaction]?
        /// Whether conditional update is supported.
        public var conditionalUpdate: Bool?
        /// Search parameters.
        public var searchParam: [SearchParam]?

        /// Creates it.
        public init(
            type: String, profile: String? = nil, supportedProfile: [String]? = nil, documentation: String? = nil,
            interaction: [Interaction]? = nil, conditionalUpdate: Bool? = nil, searchParam: [SearchParam]? = nil
        ) {
            self.type = type
            self.profile = profile
            self.supportedProfile = supportedProfile
            self.documentation = documentation
            self.interaction = interaction
            self.conditionalUpdate = conditionalUpdate
            self.searchParam = searchParam
        }
    }

    /// An interaction (`read`, `search-type`, `patch`, `create`, `transaction`).
    public struct Interaction: Codable, Hashable, Sendable {
        /// Code.
        public var code: String
        /// Documentation.
        public var documentation: String?

        /// Creates it.
        public init(code: String, documentation: String? = nil) {
            self.code = code
            self.documentation = documentation
        }
    }

    /// A search parameter.
    public struct SearchParam: Codable, Hashable, Sendable {
        /// Name used in URLs.
        public var name: String
        /// Canonical definition.
        public var definition: String?
        /// `token`, `date`, `string`, `reference`…
        public var type: String
        /// Documentation.
        public var documentation: String?

        /// Creates it.
        public init(name: String, definition: String? = nil, type: String, documentation: String? = nil) {
            self.name = name
            self.definition = definition
            self.type = type
            self.documentation = documentation
        }
    }
}
