import Foundation
import GRDB
import Terminology

extension SQLiteWorklistStore {
    public func apply(_ batch: ImportBatch, importedBy userID: Int64?) async throws -> ImportResult {
        let now = self.now
        return try await pool.write { db in
            var result = ImportResult(rejected: batch.rejected)
            let actor = userID == nil ? "import" : try Self.actorName(db, userID)
            var patientIDs: [String: Int64] = [:]
            for p in batch.patients {
                do {
                    var attempt = result
                    var id: Int64 = 0
                    try db.inSavepoint {
                        let (patientID, created) = try Self.upsertPatient(db, p, now: now)
                        id = patientID
                        if created { attempt.patientsCreated += 1 }
                        attempt.duplicatePatientsFlagged += try Self.flagDuplicates(db, patientID: id, now: now)
                        return .commit
                    }
                    patientIDs[p.mrn] = id
                    result = attempt
                } catch let error as DatabaseError {
                    result.rejected.append(ImportRejection(resource: p.source, reason: error.message ?? "\(error)"))
                }
            }
            for e in batch.encounters {
                do {
                    // Counted only if the savepoint commits.
                    var attempt = result
                    try db.inSavepoint {
                        try Self.upsertEncounter(
                            db, e, patientIDs: patientIDs, userID: userID, actor: actor, now: now, result: &attempt)
                        return .commit
                    }
                    result = attempt
                } catch let rejection as ImportRejection {
                    result.rejected.append(rejection)
                } catch let error as DatabaseError {
                    result.rejected.append(ImportRejection(resource: e.source, reason: error.message ?? "\(error)"))
                }
            }
            return result
        }
    }

    static func upsertPatient(_ db: Database, _ p: ImportBatch.PatientRecord, now: Date) throws -> (Int64, Bool) {
        let normalized = PatientMatching.normalisedName(p.name)
        if let id = try Int64.fetchOne(db, sql: "SELECT id FROM patient WHERE mrn = ?", arguments: [p.mrn]) {
            try db.execute(
                sql: """
                    UPDATE patient SET name = ?, normalizedName = ?, birthDate = ?, sex = ?, updatedAt = ?
                    WHERE id = ? AND (name IS NOT ? OR birthDate IS NOT ? OR sex IS NOT ?)
                    """,
                arguments: [p.name, normalized, p.birthDate, p.sex, now, id, p.name, p.birthDate, p.sex])
            return (id, false)
        }
        try db.execute(
            sql: """
                INSERT INTO patient (mrn, name, normalizedName, birthDate, sex, createdAt, updatedAt)
                VALUES (?, ?, ?, ?, ?, ?, ?)
                """,
            arguments: [p.mrn, p.name, normalized, p.birthDate, p.sex, now, now])
        return (db.lastInsertedRowID, true)
    }

    /// Pairs the patient with the patients of the same birth date whose name is the same or near, found through
    /// the blocking keys (``PatientMatching/blockingKeys(normalised:)``) rather than by comparing every patient of
    /// the birth date: bounded work per patient, so an import is linear in its patients. Returns how many pairs
    /// were newly flagged.
    static func flagDuplicates(_ db: Database, patientID: Int64, now: Date) throws -> Int {
        try db.execute(sql: "DELETE FROM patientBlock WHERE patientID = ?", arguments: [patientID])
        guard
            let me = try Row.fetchOne(
                db, sql: "SELECT normalizedName, birthDate FROM patient WHERE id = ?", arguments: [patientID]),
            let birthDate = me["birthDate"] as String?
        else { return 0 }
        let name: String = me["normalizedName"]
        let keys = PatientMatching.blockingKeys(normalised: name)
        var candidates: [Int64] = []
        var seen = Set<Int64>()
        for key in keys {
            let ids = try Int64.fetchAll(
                db,
                sql: """
                    SELECT patientID FROM patientBlock WHERE birthDate = ? AND key = ?
                    ORDER BY patientID DESC LIMIT ?
                    """,
                arguments: [birthDate, key, PatientMatching.candidatesPerKey])
            for id in ids where seen.insert(id).inserted { candidates.append(id) }
            try db.execute(
                sql: "INSERT OR IGNORE INTO patientBlock (birthDate, key, patientID) VALUES (?, ?, ?)",
                arguments: [birthDate, key, patientID])
        }
        guard !candidates.isEmpty else { return 0 }
        let others = try Row.fetchAll(
            db,
            sql:
                "SELECT id, normalizedName FROM patient WHERE id IN (\(placeholders(candidates.count))) ORDER BY id DESC",
            arguments: StatementArguments(candidates))
        var flagged = 0
        for other in others {
            guard flagged < PatientMatching.maximumFlagsPerPatient else { break }
            guard let reason = PatientMatching.duplicateReason(normalised: name, other["normalizedName"]) else {
                continue
            }
            let otherID: Int64 = other["id"]
            try db.execute(
                sql: """
                    INSERT INTO duplicatePatient (patientA, patientB, reason, createdAt) VALUES (?, ?, ?, ?)
                    ON CONFLICT (patientA, patientB) DO NOTHING
                    """,
                arguments: [min(patientID, otherID), max(patientID, otherID), reason, now])
            flagged += db.changesCount
        }
        return flagged
    }

    static func upsertEncounter(
        _ db: Database, _ e: ImportBatch.EncounterRecord, patientIDs: [String: Int64], userID: Int64?,
        actor: String, now: Date, result: inout ImportResult
    ) throws {
        var patientID = patientIDs[e.patientMRN]
        if patientID == nil {
            patientID = try Int64.fetchOne(db, sql: "SELECT id FROM patient WHERE mrn = ?", arguments: [e.patientMRN])
        }
        guard let patientID else {
            throw ImportRejection(resource: e.source, reason: "patient with MRN \(e.patientMRN) is not known")
        }
        let encounterID: Int64
        if let id = try Int64.fetchOne(
            db, sql: "SELECT id FROM encounter WHERE identifier = ?", arguments: [e.identifier])
        {
            try db.execute(
                sql: """
                    UPDATE encounter SET patientID = ?, setting = ?, admitDate = ?, dischargeDate = ?,
                        dischargeStatus = ?, service = ?, payer = ?, updatedAt = ?
                    WHERE id = ?
                    """,
                arguments: [
                    patientID, e.setting.rawValue, e.admitDate, e.dischargeDate, e.dischargeStatus, e.service, e.payer,
                    now, id,
                ])
            encounterID = id
            result.updated.append(e.identifier)
        } else {
            try db.execute(
                sql: """
                    INSERT INTO encounter (identifier, patientID, setting, admitDate, dischargeDate, dischargeStatus,
                        service, payer, status, createdAt, updatedAt)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'new', ?, ?)
                    """,
                arguments: [
                    e.identifier, patientID, e.setting.rawValue, e.admitDate, e.dischargeDate, e.dischargeStatus,
                    e.service, e.payer, now, now,
                ])
            encounterID = db.lastInsertedRowID
            try db.execute(
                sql: """
                    INSERT INTO statusChange (encounterID, fromStatus, toStatus, userID, actor, changedAt)
                    VALUES (?, NULL, 'new', ?, ?, ?)
                    """,
                arguments: [encounterID, userID, actor, now])
            result.imported.append(e.identifier)
        }
        for d in e.documents {
            if let existing = try Row.fetchOne(
                db,
                sql:
                    "SELECT id, encounterID, type, author, date, signed, text FROM document WHERE sourceIdentifier = ?",
                arguments: [d.identifier])
            {
                let same =
                    existing["encounterID"] as Int64 == encounterID && existing["type"] as String == d.type
                    && existing["author"] as String? == d.author && existing["date"] as String? == d.date
                    && existing["signed"] as Bool == d.signed && existing["text"] as String == d.text
                if !same {
                    try db.execute(
                        sql: """
                            UPDATE document SET encounterID = ?, type = ?, author = ?, date = ?, signed = ?, text = ?,
                                updatedAt = ?
                            WHERE id = ?
                            """,
                        arguments: [
                            encounterID, d.type, d.author, d.date, d.signed, d.text, now, existing["id"] as Int64,
                        ])
                    result.documentsUpdated += 1
                }
            } else {
                try db.execute(
                    sql: """
                        INSERT INTO document (encounterID, sourceIdentifier, type, author, date, signed, text,
                            createdAt, updatedAt)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
                        """,
                    arguments: [encounterID, d.identifier, d.type, d.author, d.date, d.signed, d.text, now, now])
                result.documentsCreated += 1
            }
        }
        if !e.diagnoses.isEmpty || !e.procedures.isEmpty {
            let last = try CodeSetVersion.fetchOne(
                db,
                sql:
                    "SELECT * FROM codeSetVersion WHERE encounterID = ? AND source = 'import' ORDER BY number DESC LIMIT 1",
                arguments: [encounterID])
            if last?.diagnoses != e.diagnoses || last?.procedures != e.procedures {
                let version = NewVersion(source: .import, diagnoses: e.diagnoses, procedures: e.procedures)
                _ = try insertVersion(db, version, encounterID: encounterID, userID: userID, actor: "import", now: now)
                result.versionsAdded += 1
            }
        }
    }
}
