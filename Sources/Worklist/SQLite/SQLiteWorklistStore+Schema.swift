import GRDB

extension SQLiteWorklistStore {
    /// The schema, one named migration per area; a migration once shipped is never edited, only followed.
    static var migrator: DatabaseMigrator {
        var m = DatabaseMigrator()
        m.registerMigration("v1: users and tokens") { db in
            try db.execute(
                sql: """
                    CREATE TABLE appUser (
                        id INTEGER PRIMARY KEY AUTOINCREMENT,
                        username TEXT NOT NULL UNIQUE COLLATE NOCASE,
                        displayName TEXT NOT NULL,
                        role TEXT NOT NULL CHECK (role IN ('coder', 'cdi', 'auditor', 'manager', 'admin')),
                        passwordHash TEXT NOT NULL,
                        active BOOLEAN NOT NULL DEFAULT 1,
                        createdAt DATETIME NOT NULL
                    );
                    CREATE TABLE authToken (
                        id INTEGER PRIMARY KEY AUTOINCREMENT,
                        userID INTEGER NOT NULL REFERENCES appUser(id) ON DELETE CASCADE,
                        tokenHash TEXT NOT NULL UNIQUE,
                        createdAt DATETIME NOT NULL,
                        expiresAt DATETIME NOT NULL,
                        revokedAt DATETIME
                    );
                    CREATE INDEX authToken_user ON authToken(userID);
                    """)
        }
        m.registerMigration("v2: patients, encounters, documents") { db in
            try db.execute(
                sql: """
                    CREATE TABLE patient (
                        id INTEGER PRIMARY KEY AUTOINCREMENT,
                        mrn TEXT NOT NULL UNIQUE,
                        name TEXT NOT NULL,
                        normalizedName TEXT NOT NULL,
                        birthDate TEXT,
                        sex TEXT CHECK (sex IN ('M', 'F', 'U')),
                        createdAt DATETIME NOT NULL,
                        updatedAt DATETIME NOT NULL
                    );
                    CREATE INDEX patient_birthDate ON patient(birthDate);
                    CREATE TABLE encounter (
                        id INTEGER PRIMARY KEY AUTOINCREMENT,
                        identifier TEXT NOT NULL UNIQUE,
                        patientID INTEGER NOT NULL REFERENCES patient(id),
                        setting TEXT NOT NULL CHECK (setting IN ('inpatient', 'outpatient')),
                        admitDate TEXT,
                        dischargeDate TEXT,
                        dischargeStatus TEXT,
                        service TEXT,
                        payer TEXT,
                        status TEXT NOT NULL DEFAULT 'new'
                            CHECK (status IN ('new', 'precoded', 'inProgress', 'onHold', 'coded', 'audited')),
                        pendingReason TEXT
                            CHECK (pendingReason IN ('physicianQuery', 'missingDocumentation', 'awaitingResults')),
                        assignedCoderID INTEGER REFERENCES appUser(id),
                        claimedAt DATETIME,
                        latestVersion INTEGER,
                        precodeConfidence REAL,
                        drg TEXT,
                        drgWeight REAL,
                        createdAt DATETIME NOT NULL,
                        updatedAt DATETIME NOT NULL
                    );
                    CREATE INDEX encounter_patient ON encounter(patientID);
                    CREATE INDEX encounter_status_discharge ON encounter(status, dischargeDate);
                    CREATE INDEX encounter_assigned ON encounter(assignedCoderID);
                    CREATE TABLE document (
                        id INTEGER PRIMARY KEY AUTOINCREMENT,
                        encounterID INTEGER NOT NULL REFERENCES encounter(id),
                        sourceIdentifier TEXT NOT NULL UNIQUE,
                        type TEXT NOT NULL,
                        author TEXT,
                        date TEXT,
                        signed BOOLEAN NOT NULL,
                        text TEXT NOT NULL,
                        createdAt DATETIME NOT NULL,
                        updatedAt DATETIME NOT NULL
                    );
                    CREATE INDEX document_encounter ON document(encounterID);
                    CREATE TABLE duplicatePatient (
                        id INTEGER PRIMARY KEY AUTOINCREMENT,
                        patientA INTEGER NOT NULL REFERENCES patient(id),
                        patientB INTEGER NOT NULL REFERENCES patient(id),
                        reason TEXT NOT NULL,
                        createdAt DATETIME NOT NULL,
                        UNIQUE (patientA, patientB),
                        CHECK (patientA < patientB)
                    );
                    """)
        }
        m.registerMigration("v3: code-set versions, status history, pending reasons") { db in
            try db.execute(
                sql: """
                    CREATE TABLE codeSetVersion (
                        id INTEGER PRIMARY KEY AUTOINCREMENT,
                        encounterID INTEGER NOT NULL REFERENCES encounter(id),
                        number INTEGER NOT NULL,
                        userID INTEGER REFERENCES appUser(id),
                        createdBy TEXT NOT NULL,
                        createdAt DATETIME NOT NULL,
                        source TEXT NOT NULL CHECK (source IN ('precode', 'coder', 'auditor', 'import')),
                        engineVersion TEXT,
                        diagnoses TEXT NOT NULL,
                        procedures TEXT NOT NULL,
                        drg TEXT,
                        weight REAL,
                        ccMcc TEXT CHECK (ccMcc IN ('none', 'cc', 'mcc')),
                        confidence REAL,
                        findings TEXT NOT NULL,
                        hasErrors BOOLEAN NOT NULL,
                        UNIQUE (encounterID, number)
                    );
                    CREATE TRIGGER codeSetVersion_appendOnly_update BEFORE UPDATE ON codeSetVersion
                    BEGIN SELECT RAISE(ABORT, 'code-set versions are append-only'); END;
                    CREATE TRIGGER codeSetVersion_appendOnly_delete BEFORE DELETE ON codeSetVersion
                    BEGIN SELECT RAISE(ABORT, 'code-set versions are append-only'); END;
                    CREATE TABLE statusChange (
                        id INTEGER PRIMARY KEY AUTOINCREMENT,
                        encounterID INTEGER NOT NULL REFERENCES encounter(id),
                        fromStatus TEXT,
                        toStatus TEXT NOT NULL,
                        userID INTEGER REFERENCES appUser(id),
                        actor TEXT NOT NULL,
                        changedAt DATETIME NOT NULL,
                        pendingReason TEXT
                    );
                    CREATE INDEX statusChange_encounter ON statusChange(encounterID);
                    CREATE INDEX statusChange_to ON statusChange(toStatus, changedAt);
                    CREATE TRIGGER statusChange_appendOnly_update BEFORE UPDATE ON statusChange
                    BEGIN SELECT RAISE(ABORT, 'status history is append-only'); END;
                    CREATE TABLE pendingItem (
                        id INTEGER PRIMARY KEY AUTOINCREMENT,
                        encounterID INTEGER NOT NULL REFERENCES encounter(id),
                        reason TEXT NOT NULL
                            CHECK (reason IN ('physicianQuery', 'missingDocumentation', 'awaitingResults')),
                        note TEXT,
                        queryID INTEGER,
                        openedAt DATETIME NOT NULL,
                        openedBy INTEGER REFERENCES appUser(id),
                        resolvedAt DATETIME,
                        resolvedBy INTEGER REFERENCES appUser(id)
                    );
                    CREATE INDEX pendingItem_encounter ON pendingItem(encounterID);
                    """)
        }
        m.registerMigration("v4: queues and physician queries") { db in
            try db.execute(
                sql: """
                    CREATE TABLE workQueue (
                        id INTEGER PRIMARY KEY AUTOINCREMENT,
                        name TEXT NOT NULL UNIQUE,
                        rules TEXT NOT NULL,
                        createdAt DATETIME NOT NULL
                    );
                    CREATE TABLE physicianQuery (
                        id INTEGER PRIMARY KEY AUTOINCREMENT,
                        encounterID INTEGER NOT NULL REFERENCES encounter(id),
                        question TEXT NOT NULL,
                        state TEXT NOT NULL CHECK (state IN ('open', 'sent', 'answered', 'closed', 'withdrawn')),
                        createdBy INTEGER REFERENCES appUser(id),
                        createdAt DATETIME NOT NULL,
                        sentAt DATETIME,
                        answeredAt DATETIME,
                        closedAt DATETIME,
                        withdrawnAt DATETIME,
                        answer TEXT,
                        answeringPhysician TEXT
                    );
                    CREATE INDEX physicianQuery_encounter ON physicianQuery(encounterID);
                    """)
        }
        m.registerMigration("v5: audits") { db in
            try db.execute(
                sql: """
                    CREATE TABLE auditSample (
                        id INTEGER PRIMARY KEY AUTOINCREMENT,
                        seed TEXT NOT NULL,
                        criteria TEXT NOT NULL,
                        createdBy INTEGER REFERENCES appUser(id),
                        createdAt DATETIME NOT NULL
                    );
                    CREATE TABLE auditItem (
                        id INTEGER PRIMARY KEY AUTOINCREMENT,
                        sampleID INTEGER NOT NULL REFERENCES auditSample(id),
                        encounterID INTEGER NOT NULL REFERENCES encounter(id),
                        coderID INTEGER NOT NULL REFERENCES appUser(id),
                        coderVersionID INTEGER NOT NULL REFERENCES codeSetVersion(id),
                        auditorID INTEGER REFERENCES appUser(id),
                        auditorVersionID INTEGER REFERENCES codeSetVersion(id),
                        score TEXT,
                        scoredAt DATETIME,
                        rebuttal TEXT,
                        rebuttedAt DATETIME,
                        decision TEXT CHECK (decision IN ('auditorUpheld', 'coderUpheld', 'partial')),
                        decisionNote TEXT,
                        decidedBy INTEGER REFERENCES appUser(id),
                        decidedAt DATETIME,
                        UNIQUE (sampleID, encounterID)
                    );
                    CREATE INDEX auditItem_encounter ON auditItem(encounterID);
                    CREATE INDEX auditItem_coder ON auditItem(coderID);
                    """)
        }
        m.registerMigration("v6: batch jobs") { db in
            try db.execute(
                sql: """
                    CREATE TABLE batchJob (
                        id INTEGER PRIMARY KEY AUTOINCREMENT,
                        kind TEXT NOT NULL,
                        state TEXT NOT NULL CHECK (state IN ('queued', 'running', 'done', 'failed')),
                        total INTEGER NOT NULL,
                        done INTEGER NOT NULL DEFAULT 0,
                        errors INTEGER NOT NULL DEFAULT 0,
                        createdBy INTEGER REFERENCES appUser(id),
                        startedAt DATETIME,
                        updatedAt DATETIME NOT NULL
                    );
                    CREATE TABLE jobItem (
                        id INTEGER PRIMARY KEY AUTOINCREMENT,
                        jobID INTEGER NOT NULL REFERENCES batchJob(id),
                        encounterID INTEGER NOT NULL REFERENCES encounter(id),
                        state TEXT NOT NULL CHECK (state IN ('pending', 'running', 'done', 'failed')),
                        versionID INTEGER REFERENCES codeSetVersion(id),
                        error TEXT,
                        attempts INTEGER NOT NULL DEFAULT 0,
                        updatedAt DATETIME NOT NULL,
                        UNIQUE (jobID, encounterID)
                    );
                    CREATE INDEX jobItem_state ON jobItem(jobID, state);
                    """)
        }
        m.registerMigration("v7: access log") { db in
            try db.execute(
                sql: """
                    CREATE TABLE accessLog (
                        id INTEGER PRIMARY KEY AUTOINCREMENT,
                        userID INTEGER REFERENCES appUser(id),
                        actor TEXT NOT NULL,
                        action TEXT NOT NULL CHECK (action IN ('chart', 'note', 'batchRead')),
                        encounterID INTEGER,
                        documentID INTEGER,
                        at DATETIME NOT NULL
                    );
                    CREATE INDEX accessLog_user ON accessLog(userID, at);
                    CREATE INDEX accessLog_encounter ON accessLog(encounterID, at);
                    CREATE TRIGGER accessLog_appendOnly_update BEFORE UPDATE ON accessLog
                    BEGIN SELECT RAISE(ABORT, 'the access log is append-only'); END;
                    """)
        }
        m.registerMigration("v8: sign-in throttling, password resets, security events in the access log") { db in
            try db.execute(
                sql: """
                    ALTER TABLE appUser ADD COLUMN mustChangePassword BOOLEAN NOT NULL DEFAULT 0;
                    ALTER TABLE appUser ADD COLUMN passwordResetBy INTEGER REFERENCES appUser(id);
                    CREATE TABLE signInThrottle (
                        key TEXT PRIMARY KEY,
                        failures INTEGER NOT NULL,
                        lastFailureAt DATETIME NOT NULL,
                        blockedUntil DATETIME,
                        locked BOOLEAN NOT NULL DEFAULT 0
                    );
                    CREATE TABLE accessLogNew (
                        id INTEGER PRIMARY KEY AUTOINCREMENT,
                        userID INTEGER REFERENCES appUser(id),
                        actor TEXT NOT NULL,
                        action TEXT NOT NULL CHECK (action IN ('chart', 'note', 'batchRead', 'signInFailed',
                            'lockedOut', 'unlocked', 'passwordReset', 'passwordChanged')),
                        encounterID INTEGER,
                        documentID INTEGER,
                        at DATETIME NOT NULL,
                        onBehalfOf TEXT,
                        client TEXT,
                        detail TEXT
                    );
                    INSERT INTO accessLogNew (id, userID, actor, action, encounterID, documentID, at)
                        SELECT id, userID, actor, action, encounterID, documentID, at FROM accessLog;
                    DROP TABLE accessLog;
                    ALTER TABLE accessLogNew RENAME TO accessLog;
                    CREATE INDEX accessLog_user ON accessLog(userID, at);
                    CREATE INDEX accessLog_encounter ON accessLog(encounterID, at);
                    CREATE TRIGGER accessLog_appendOnly_update BEFORE UPDATE ON accessLog
                    BEGIN SELECT RAISE(ABORT, 'the access log is append-only'); END;
                    CREATE TRIGGER accessLog_appendOnly_delete BEFORE DELETE ON accessLog
                    BEGIN SELECT RAISE(ABORT, 'the access log is append-only'); END;
                    """)
        }
        m.registerMigration("v9: blocking keys for duplicate-patient matching") { db in
            try db.execute(
                sql: """
                    CREATE TABLE patientBlock (
                        birthDate TEXT NOT NULL,
                        key TEXT NOT NULL,
                        patientID INTEGER NOT NULL REFERENCES patient(id) ON DELETE CASCADE,
                        PRIMARY KEY (birthDate, key, patientID)
                    ) WITHOUT ROWID;
                    CREATE INDEX patientBlock_patient ON patientBlock(patientID);
                    """)
            let rows = try Row.fetchAll(
                db, sql: "SELECT id, normalizedName, birthDate FROM patient WHERE birthDate IS NOT NULL")
            for row in rows {
                for key in PatientMatching.blockingKeys(normalised: row["normalizedName"]) {
                    try db.execute(
                        sql: "INSERT OR IGNORE INTO patientBlock (birthDate, key, patientID) VALUES (?, ?, ?)",
                        arguments: [row["birthDate"] as String, key, row["id"] as Int64])
                }
            }
        }
        return m
    }
}
