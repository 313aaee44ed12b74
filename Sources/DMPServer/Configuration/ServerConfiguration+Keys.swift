extension ServerConfiguration {
    /// Every setting the server reads. Each is set by its environment variable (`DMP_…`) or,
    /// for some, by a command-line flag, which wins over the environment.
    public static let keys: [ConfigurationKey] = [
        Key.httpHost, Key.httpPort, Key.dataDirectory, Key.databaseURL, Key.autoCreateRecords,
        Key.retentionYears, Key.acceptInvalidTestKeys, Key.maximumDocumentBytes, Key.logLevel,
        Key.publicURL, Key.fhirBasePath, Key.maximumRequestBytes, Key.sourceOID, Key.authAudience,
        Key.authIssuersFile, Key.authDevelopment, Key.notifyTransport, Key.notifyFolder, Key.notifyFrom,
        Key.notifySMTPHost, Key.notifySMTPPort, Key.notifyProfessionalPattern, Key.notifyIntervalSeconds,
        Key.majorityAge, Key.habilitationMatrixFile,
    ]

    /// The settings by name, for code that reads one of them.
    public enum Key {
        /// Address the HTTP server binds to.
        public static let httpHost = ConfigurationKey(
            "dmp.http.host", default: "127.0.0.1",
            meaning: "Address the HTTP server listens on (0.0.0.0 for every interface).")
        /// TCP port of the HTTP server.
        public static let httpPort = ConfigurationKey(
            "dmp.http.port", default: "8080",
            meaning: "TCP port of the HTTP server (0 picks a free port).")
        /// Folder of the embedded database and of the document files.
        public static let dataDirectory = ConfigurationKey(
            "dmp.data.dir", default: "./dmp-data",
            meaning: "Data folder: SQLite file <dir>/dmp.sqlite and document files under <dir>/blobs.")
        /// Database URL overriding the embedded SQLite file.
        public static let databaseURL = ConfigurationKey(
            "dmp.database.url", default: nil,
            meaning: "Database: postgres://user:password@host:port/db for PostgreSQL, or sqlite:<path>; unset uses <data dir>/dmp.sqlite.",
            isSecret: true)
        /// Whether a first submission creates the record.
        public static let autoCreateRecords = ConfigurationKey(
            "dmp.records.auto.create", default: "true",
            meaning: "Whether the first document published for a person without a DMP (and who has not opposed) creates it.")
        /// Retention of closed records.
        public static let retentionYears = ConfigurationKey(
            "dmp.records.retention.years", default: "10",
            meaning: "Years a closed DMP is kept before purge (legal value: 10; 0 purges at once, for tests).")
        /// Tolerance of wrong INS keys for the test authority.
        public static let acceptInvalidTestKeys = ConfigurationKey(
            "dmp.ins.accept.invalid.test.keys", default: "false",
            meaning: "Whether INS of the test authority (1.2.250.1.213.1.4.10) with a wrong key are accepted.")
        /// Largest document accepted.
        public static let maximumDocumentBytes = ConfigurationKey(
            "dmp.documents.max.bytes", default: "209715200",
            meaning: "Largest document accepted, in bytes.")
        /// Log level.
        public static let logLevel = ConfigurationKey(
            "dmp.log.level", default: "info",
            meaning: "Log level: trace, debug, info, notice, warning, error or critical.")
        /// Absolute URL clients reach the server at.
        public static let publicURL = ConfigurationKey(
            "dmp.public.url", default: nil,
            meaning: "Absolute URL clients reach the server at (links, attachment.url); unset: http://<host>:<port>.")
        /// Path of the FHIR API.
        public static let fhirBasePath = ConfigurationKey(
            "dmp.fhir.base.path", default: "/fhir",
            meaning: "Path under which the FHIR API is served.")
        /// Largest request body accepted.
        public static let maximumRequestBytes = ConfigurationKey(
            "dmp.request.max.bytes", default: "300000000",
            meaning: "Largest HTTP request body accepted, in bytes (a base64 document is 4/3 of its size); larger ones get 413.")
        /// OID of this gateway, used as sourceId of the submission sets it makes (ITI-105).
        public static let sourceOID = ConfigurationKey(
            "dmp.source.oid", default: "1.2.250.1.999.1.1",
            meaning: "OID of this DMP's FHIR gateway: the sourceId of the submission sets it builds for simplified publications.")
        /// Expected token audience.
        public static let authAudience = ConfigurationKey(
            "dmp.auth.audience", default: "urn:dmp",
            meaning: "Audience (aud) a professional's bearer token must carry.")
        /// Trusted issuers.
        public static let authIssuersFile = ConfigurationKey(
            "dmp.auth.issuers.file", default: nil,
            meaning: "JSON file listing the trusted token issuers: [{\"issuer\": \"…\", \"jwksFile\": \"…\"} or {\"issuer\": \"…\", \"publicKeysPEM\": [\"…\"]}].")
        /// Age of majority of holders (legal representatives act for minors only).
        public static let majorityAge = ConfigurationKey(
            "dmp.minors.majority.age", default: "18", meaning: "Age at which a holder stops being represented by legal representatives.")
        /// Replacement habilitation matrix.
        public static let habilitationMatrixFile = ConfigurationKey(
            "dmp.policy.matrix.file", default: nil,
            meaning: "JSON habilitation matrix (profession × document type) replacing the shipped one (format in docs/access-control.md).")
        /// How notifications leave.
        public static let notifyTransport = ConfigurationKey(
            "dmp.notify.transport", default: "none",
            meaning: "How notifications are delivered: none (kept in the outbox), file (.eml files, dev/demo) or smtp.")
        /// Folder of the file transport.
        public static let notifyFolder = ConfigurationKey(
            "dmp.notify.folder", default: nil, meaning: "Folder of .eml files for the file transport; unset: <data dir>/mail.")
        /// Sender address.
        public static let notifyFrom = ConfigurationKey(
            "dmp.notify.from", default: "no-reply@dmp.localhost", meaning: "From address of notifications.")
        /// SMTP relay host.
        public static let notifySMTPHost = ConfigurationKey(
            "dmp.notify.smtp.host", default: "127.0.0.1", meaning: "SMTP relay host (plain SMTP: use a local MTA or a TLS relay).")
        /// SMTP relay port.
        public static let notifySMTPPort = ConfigurationKey(
            "dmp.notify.smtp.port", default: "25", meaning: "SMTP relay port.")
        /// How professionals are addressed.
        public static let notifyProfessionalPattern = ConfigurationKey(
            "dmp.notify.professional.address.pattern", default: nil,
            meaning: "Address of a professional (the médecin traitant) from his IDNPS, e.g. %IDNPS%@mssante.example; unset: not e-mailed.")
        /// Outbox polling interval.
        public static let notifyIntervalSeconds = ConfigurationKey(
            "dmp.notify.interval.seconds", default: "30", meaning: "Seconds between two scans of the notification outbox.")
        /// Development issuer.
        public static let authDevelopment = ConfigurationKey(
            "dmp.auth.development", default: "false",
            meaning: "Whether the server trusts its own development issuer (key in <data dir>/dev-issuer-key.pem; `dmp token` mints). Never in production.")
    }
}
