/// Every migration, in the order they apply.
enum Migrations {
    static let all: [Migration] = [initialSchema, routes, identifierRoutes, settingsAndOutbox]

    /// The registry, repository index, records and audit trail. Every patient-scoped table
    /// leads with `patient_key` in its primary key and indexes, so that the schema can be
    /// hash-partitioned by patient without a rewrite. Instants are UTC milliseconds.
    static let initialSchema = Migration(name: "0001-initial-schema", statements: { _ in
        [
            """
            CREATE TABLE dmp_records (
                patient_key TEXT PRIMARY KEY,
                state TEXT NOT NULL,
                created_at BIGINT,
                closed_at BIGINT,
                closure_reason TEXT,
                retention_until BIGINT,
                opposed_at BIGINT,
                purged_at BIGINT,
                traits_json TEXT
            )
            """,
            "CREATE INDEX dmp_records_retention ON dmp_records (state, retention_until)",
            """
            CREATE TABLE dmp_submission_sets (
                patient_key TEXT NOT NULL,
                entry_uuid TEXT NOT NULL,
                unique_id TEXT NOT NULL,
                source_id TEXT NOT NULL,
                submission_time BIGINT NOT NULL,
                status TEXT NOT NULL,
                content_type_system TEXT NOT NULL,
                content_type_code TEXT NOT NULL,
                body_json TEXT NOT NULL,
                PRIMARY KEY (patient_key, entry_uuid)
            )
            """,
            "CREATE INDEX dmp_submission_sets_time ON dmp_submission_sets (patient_key, submission_time)",
            "CREATE INDEX dmp_submission_sets_unique ON dmp_submission_sets (patient_key, unique_id)",
            """
            CREATE TABLE dmp_document_entries (
                patient_key TEXT NOT NULL,
                entry_uuid TEXT NOT NULL,
                logical_id TEXT NOT NULL,
                version BIGINT NOT NULL,
                unique_id TEXT NOT NULL,
                is_current BIGINT NOT NULL,
                status TEXT NOT NULL,
                class_system TEXT NOT NULL,
                class_code TEXT NOT NULL,
                type_system TEXT NOT NULL,
                type_code TEXT NOT NULL,
                format_system TEXT NOT NULL,
                format_code TEXT NOT NULL,
                facility_system TEXT NOT NULL,
                facility_code TEXT NOT NULL,
                practice_system TEXT NOT NULL,
                practice_code TEXT NOT NULL,
                creation_time BIGINT NOT NULL,
                service_start BIGINT NOT NULL,
                service_stop BIGINT,
                registered_at BIGINT NOT NULL,
                mime_type TEXT NOT NULL,
                hash_sha1 TEXT NOT NULL,
                size BIGINT NOT NULL,
                blob_sha256 TEXT NOT NULL,
                submission_set_uuid TEXT NOT NULL,
                replaces_uuid TEXT,
                metadata_json TEXT NOT NULL,
                PRIMARY KEY (patient_key, entry_uuid)
            )
            """,
            "CREATE INDEX dmp_document_entries_current ON dmp_document_entries (patient_key, is_current, status, creation_time)",
            "CREATE INDEX dmp_document_entries_unique ON dmp_document_entries (patient_key, unique_id)",
            "CREATE INDEX dmp_document_entries_logical ON dmp_document_entries (patient_key, logical_id, version)",
            """
            CREATE TABLE dmp_document_codes (
                patient_key TEXT NOT NULL,
                entry_uuid TEXT NOT NULL,
                kind TEXT NOT NULL,
                system TEXT NOT NULL,
                code TEXT NOT NULL
            )
            """,
            "CREATE INDEX dmp_document_codes_lookup ON dmp_document_codes (patient_key, entry_uuid, kind, code)",
            """
            CREATE TABLE dmp_folders (
                patient_key TEXT NOT NULL,
                entry_uuid TEXT NOT NULL,
                logical_id TEXT NOT NULL,
                version BIGINT NOT NULL,
                unique_id TEXT NOT NULL,
                is_current BIGINT NOT NULL,
                status TEXT NOT NULL,
                last_update_time BIGINT NOT NULL,
                body_json TEXT NOT NULL,
                PRIMARY KEY (patient_key, entry_uuid)
            )
            """,
            "CREATE INDEX dmp_folders_logical ON dmp_folders (patient_key, logical_id, version)",
            """
            CREATE TABLE dmp_associations (
                patient_key TEXT NOT NULL,
                source_uuid TEXT NOT NULL,
                target_uuid TEXT NOT NULL,
                type TEXT NOT NULL,
                PRIMARY KEY (patient_key, source_uuid, target_uuid, type)
            )
            """,
            "CREATE INDEX dmp_associations_target ON dmp_associations (patient_key, target_uuid)",
            """
            CREATE TABLE dmp_audit_events (
                patient_key TEXT NOT NULL,
                sequence BIGINT NOT NULL,
                time BIGINT NOT NULL,
                actor_kind TEXT NOT NULL,
                actor_id TEXT NOT NULL,
                actor_name TEXT NOT NULL,
                actor_profession TEXT,
                actor_structure_id TEXT,
                actor_structure_name TEXT,
                access_mode TEXT NOT NULL,
                access_reason TEXT,
                action TEXT NOT NULL,
                action_group TEXT NOT NULL,
                target TEXT,
                outcome TEXT NOT NULL,
                reason TEXT,
                previous_hash TEXT NOT NULL,
                hash TEXT NOT NULL,
                PRIMARY KEY (patient_key, sequence)
            )
            """,
            "CREATE INDEX dmp_audit_events_time ON dmp_audit_events (patient_key, time)",
        ]
    })

    /// Routing tables: a FHIR read names a resource (`DocumentReference/<entryUUID>`,
    /// `Patient/<id>`) without its patient, so these map ids to patient keys. They are the
    /// only tables not led by the patient key; in a sharded deployment they are the
    /// replicated lookup tables that route a request to its shard.
    static let routes = Migration(
        name: "0002-routes",
        statements: { _ in
            [
                """
                CREATE TABLE dmp_entry_routes (
                    entry_uuid TEXT PRIMARY KEY,
                    patient_key TEXT NOT NULL,
                    kind TEXT NOT NULL
                )
                """,
                "CREATE INDEX dmp_entry_routes_patient ON dmp_entry_routes (patient_key)",
                "INSERT INTO dmp_entry_routes (entry_uuid, patient_key, kind) SELECT entry_uuid, patient_key, 'document' FROM dmp_document_entries",
                "INSERT INTO dmp_entry_routes (entry_uuid, patient_key, kind) SELECT entry_uuid, patient_key, 'submissionset' FROM dmp_submission_sets",
                "INSERT INTO dmp_entry_routes (entry_uuid, patient_key, kind) SELECT entry_uuid, patient_key, 'folder' FROM dmp_folders",
                """
                CREATE TABLE dmp_patient_routes (
                    resource_id TEXT PRIMARY KEY,
                    patient_key TEXT NOT NULL
                )
                """,
            ]
        },
        backfill: { tx in
            for key in try await tx.allRecordKeys() {
                try await tx.savePatientRoute(key)
            }
        })

    /// Routing of business identifiers (producer uniqueId, registry logicalId) to patients,
    /// for PDSm's conditional PATCH `DocumentReference?identifier=…`. Keyed by the pair, so
    /// that a producer reusing another patient's uniqueId cannot block either publication;
    /// a lookup that finds two patients is answered as ambiguous.
    static let identifierRoutes = Migration(
        name: "0003-identifier-routes",
        statements: { _ in
            [
                """
                CREATE TABLE dmp_identifier_routes (
                    identifier TEXT NOT NULL,
                    patient_key TEXT NOT NULL,
                    PRIMARY KEY (identifier, patient_key)
                )
                """,
                "CREATE INDEX dmp_identifier_routes_patient ON dmp_identifier_routes (patient_key)",
                "INSERT INTO dmp_identifier_routes (identifier, patient_key) SELECT DISTINCT 'uid:' || unique_id, patient_key FROM dmp_document_entries",
                "INSERT INTO dmp_identifier_routes (identifier, patient_key) SELECT DISTINCT 'lid:' || logical_id, patient_key FROM dmp_document_entries",
            ]
        })

    /// The holder's access settings (one JSON document per record, versioned for optimistic
    /// updates), the notification outbox (written in the same transaction as the event it
    /// announces and drained by the sender service), and the audit chain heads.
    static let settingsAndOutbox = Migration(
        name: "0004-settings-and-outbox",
        statements: { _ in
            [
                """
                CREATE TABLE dmp_record_settings (
                    patient_key TEXT PRIMARY KEY,
                    version BIGINT NOT NULL,
                    updated_at BIGINT NOT NULL,
                    body_json TEXT NOT NULL
                )
                """,
                """
                CREATE TABLE dmp_notification_outbox (
                    patient_key TEXT NOT NULL,
                    id TEXT NOT NULL,
                    created_at BIGINT NOT NULL,
                    kind TEXT NOT NULL,
                    recipient TEXT NOT NULL,
                    body_json TEXT NOT NULL,
                    attempts BIGINT NOT NULL,
                    next_attempt_at BIGINT NOT NULL,
                    sent_at BIGINT,
                    last_error TEXT,
                    PRIMARY KEY (patient_key, id)
                )
                """,
                "CREATE INDEX dmp_notification_outbox_due ON dmp_notification_outbox (sent_at, next_attempt_at)",
                // The head of each patient's audit chain, updated with every append: without it,
                // deleting the newest rows would leave a chain that still verifies.
                """
                CREATE TABLE dmp_audit_heads (
                    patient_key TEXT PRIMARY KEY,
                    sequence BIGINT NOT NULL,
                    hash TEXT NOT NULL
                )
                """,
                "INSERT INTO dmp_audit_heads (patient_key, sequence, hash) SELECT a.patient_key, a.sequence, a.hash FROM dmp_audit_events a WHERE a.sequence = (SELECT MAX(b.sequence) FROM dmp_audit_events b WHERE b.patient_key = a.patient_key)",
            ]
        })
}
