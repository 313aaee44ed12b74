import Configuration
import DMPDomain
import DMPServer
import DMPStorage
import Foundation
import Logging
import Testing

@Suite("Server configuration")
struct ServerConfigurationTests {
    @Test("Without flags nor environment every setting takes its documented default")
    func defaults() throws {
        let configuration = try ServerConfiguration.load(environment: [:])
        #expect(configuration.host == "127.0.0.1")
        #expect(configuration.port == 8080)
        #expect(configuration.dataDirectory == "./dmp-data")
        #expect(configuration.databaseURL == nil)
        #expect(configuration.autoCreateRecords)
        #expect(configuration.retentionYears == 10)
        #expect(!configuration.acceptInvalidTestKeys)
        #expect(configuration.maximumDocumentBytes == 209_715_200)
        #expect(configuration.logLevel == .info)
        for key in ServerConfiguration.keys {
            #expect(configuration.displayValue(of: key) == key.defaultValue, "\(key.name)")
        }
        let location = try configuration.databaseLocation()
        #expect(location.kind == .sqlite)
    }

    @Test("Every key has a DMP_ environment variable and a meaning")
    func keyTable() {
        #expect(ServerConfiguration.Key.httpPort.environmentName == "DMP_HTTP_PORT")
        #expect(ServerConfiguration.Key.acceptInvalidTestKeys.environmentName == "DMP_INS_ACCEPT_INVALID_TEST_KEYS")
        #expect(Set(ServerConfiguration.keys.map(\.name)).count == ServerConfiguration.keys.count)
        for key in ServerConfiguration.keys {
            #expect(key.environmentName.hasPrefix("DMP_"))
            #expect(!key.meaning.isEmpty)
        }
    }

    @Test("Environment variables override the defaults")
    func environment() throws {
        let configuration = try ServerConfiguration.load(environment: [
            "DMP_HTTP_PORT": "9090", "DMP_RECORDS_AUTO_CREATE": "false", "DMP_LOG_LEVEL": "DEBUG",
            "DMP_INS_ACCEPT_INVALID_TEST_KEYS": "yes", "DMP_RECORDS_RETENTION_YEARS": "0",
        ])
        #expect(configuration.port == 9090)
        #expect(!configuration.autoCreateRecords)
        #expect(configuration.logLevel == .debug)
        let services = configuration.serviceConfiguration()
        #expect(services.insPolicy.acceptInvalidKeyForTestAuthority)
        #expect(services.retention == RetentionPeriod(years: 0))
        #expect(!services.autoCreateRecords)
    }

    @Test("Command-line values (an in-memory provider) win over the environment")
    func overridesWin() throws {
        let configuration = try ServerConfiguration.load(
            overrides: ["dmp.http.port": "7070", "dmp.data.dir": "/srv/dmp"],
            environment: ["DMP_HTTP_PORT": "9090", "DMP_HTTP_HOST": "0.0.0.0"])
        #expect(configuration.port == 7070)
        #expect(configuration.host == "0.0.0.0")
        #expect(configuration.blobDirectoryURL.path == "/srv/dmp/blobs")
        #expect(try configuration.databaseLocation() == .sqlite(path: "/srv/dmp/dmp.sqlite"))
    }

    @Test("A reader over any provider works, typed values included")
    func typedInMemoryValues() throws {
        let reader = ConfigReader(provider: InMemoryProvider(values: [
            "dmp.http.port": 8443, "dmp.records.auto.create": false, "dmp.documents.max.bytes": "1024",
        ]))
        let configuration = try ServerConfiguration(reader: reader)
        #expect(configuration.port == 8443)
        #expect(!configuration.autoCreateRecords)
        #expect(configuration.serviceConfiguration().maximumDocumentSize == 1024)
    }

    @Test("Unusable values stop the start with a message naming the setting", arguments: [
        ("DMP_HTTP_PORT", "abc", "dmp.http.port"),
        ("DMP_HTTP_PORT", "70000", "dmp.http.port"),
        ("DMP_RECORDS_AUTO_CREATE", "maybe", "dmp.records.auto.create"),
        ("DMP_DOCUMENTS_MAX_BYTES", "0", "dmp.documents.max.bytes"),
        ("DMP_LOG_LEVEL", "verbose", "dmp.log.level"),
        ("DMP_DATABASE_URL", "mysql://db/dmp", "dmp.database.url"),
    ])
    func invalidValues(variable: String, value: String, key: String) {
        #expect {
            try ServerConfiguration.load(environment: [variable: value])
        } throws: { error in
            guard let error = error as? ConfigurationError else { return false }
            return error.key == key && error.description.contains(variable) && error.description.contains(key)
        }
    }

    @Test("A PostgreSQL URL selects PostgreSQL and its password is never shown")
    func postgres() throws {
        let configuration = try ServerConfiguration.load(environment: ["DMP_DATABASE_URL": "postgres://dmp:s3cret@db.example:5433/dmp"])
        #expect(try configuration.databaseLocation().kind == .postgres)
        let shown = configuration.displayValue(of: ServerConfiguration.Key.databaseURL)
        #expect(shown == "postgres://dmp:****@db.example:5433/dmp")
        #expect(!configuration.report().contains("s3cret"))
        #expect(ServerConfiguration.maskingPassword("sqlite:/var/dmp.sqlite") == "sqlite:/var/dmp.sqlite")
    }
}

@Suite("Access policy configuration")
struct AccessPolicyConfigurationTests {
    @Test("the majority age and a replacement habilitation matrix are read from configuration")
    func policy() throws {
        let configuration = try ServerConfiguration.load(
            overrides: [ServerConfiguration.Key.majorityAge.name: "16"], environment: [:])
        #expect(try configuration.accessPolicy().majorityAge == 16)
        let missing = try ServerConfiguration.load(
            overrides: [ServerConfiguration.Key.habilitationMatrixFile.name: "/nonexistent/matrix.json"], environment: [:])
        #expect(throws: ConfigurationError.self) { try missing.accessPolicy() }
        #expect(throws: ConfigurationError.self) {
            try ServerConfiguration.load(overrides: [ServerConfiguration.Key.majorityAge.name: "0"], environment: [:])
        }
    }
}
