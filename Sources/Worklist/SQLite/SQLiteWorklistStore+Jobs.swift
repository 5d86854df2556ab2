import Foundation
import GRDB

extension SQLiteWorklistStore {
    public func createJob(kind: String, encounterIDs: [Int64], userID: Int64?) async throws -> BatchJob {
        let now = self.now
        var seen: Set<Int64> = []
        let unique = encounterIDs.filter { seen.insert($0).inserted }
        return try await pool.write { db in
            for id in unique { _ = try Self.requireEncounter(db, id) }
            try db.execute(
                sql: "INSERT INTO batchJob (kind, state, total, createdBy, updatedAt) VALUES (?, 'queued', ?, ?, ?)",
                arguments: [kind, unique.count, userID, now])
            let jobID = db.lastInsertedRowID
            for id in unique {
                try db.execute(
                    sql: "INSERT INTO jobItem (jobID, encounterID, state, updatedAt) VALUES (?, ?, 'pending', ?)",
                    arguments: [jobID, id, now])
            }
            return try Self.requireJob(db, jobID)
        }
    }

    public func job(id: Int64) async throws -> BatchJob? {
        try await pool.read { db in
            try BatchJob.fetchOne(db, sql: "SELECT * FROM batchJob WHERE id = ?", arguments: [id])
        }
    }

    public func jobs() async throws -> [BatchJob] {
        try await pool.read { db in try BatchJob.fetchAll(db, sql: "SELECT * FROM batchJob ORDER BY id DESC") }
    }

    public func jobItems(jobID: Int64) async throws -> [JobItem] {
        try await pool.read { db in
            try JobItem.fetchAll(db, sql: "SELECT * FROM jobItem WHERE jobID = ? ORDER BY id", arguments: [jobID])
        }
    }

    public func resumeJob(id: Int64) async throws -> BatchJob {
        let now = self.now
        return try await pool.write { db in
            _ = try Self.requireJob(db, id)
            // Items left running by a process that died never committed their version: they are redone.
            try db.execute(
                sql: "UPDATE jobItem SET state = 'pending', updatedAt = ? WHERE jobID = ? AND state = 'running'",
                arguments: [now, id])
            try db.execute(
                sql: """
                    UPDATE batchJob SET state = 'running', startedAt = coalesce(startedAt, ?), updatedAt = ?
                    WHERE id = ?
                    """,
                arguments: [now, now, id])
            return try Self.requireJob(db, id)
        }
    }

    public func claimNextJobItem(jobID: Int64) async throws -> JobWork? {
        let now = self.now
        return try await pool.write { db in
            let job = try Self.requireJob(db, jobID)
            guard
                let itemID = try Int64.fetchOne(
                    db,
                    sql: """
                        UPDATE jobItem SET state = 'running', attempts = attempts + 1, updatedAt = ?
                        WHERE state = 'pending' AND id = (
                            SELECT id FROM jobItem WHERE jobID = ? AND state = 'pending' ORDER BY id LIMIT 1)
                        RETURNING id
                        """,
                    arguments: [now, jobID])
            else {
                let running =
                    try Int.fetchOne(
                        db, sql: "SELECT count(*) FROM jobItem WHERE jobID = ? AND state = 'running'",
                        arguments: [jobID]) ?? 0
                if running == 0 && job.state != .done && job.state != .failed {
                    let finalState: JobState = job.total > 0 && job.errors == job.total ? .failed : .done
                    try db.execute(
                        sql: "UPDATE batchJob SET state = ?, updatedAt = ? WHERE id = ?",
                        arguments: [finalState.rawValue, now, jobID])
                }
                return nil
            }
            if job.state == .queued {
                try db.execute(
                    sql:
                        "UPDATE batchJob SET state = 'running', startedAt = coalesce(startedAt, ?), updatedAt = ? WHERE id = ?",
                    arguments: [now, now, jobID])
            }
            guard let item = try JobItem.fetchOne(db, sql: "SELECT * FROM jobItem WHERE id = ?", arguments: [itemID])
            else { throw NotFound("job item", String(itemID)) }
            let encounter = try Self.requireEncounter(db, item.encounterID)
            let documents = try Document.fetchAll(
                db, sql: "SELECT * FROM document WHERE encounterID = ? ORDER BY date, id", arguments: [encounter.id])
            try Self.logAccess(
                db, userID: nil, actor: "engine (job \(jobID))", action: .batchRead, encounterID: encounter.id,
                documentID: nil, now: now)
            guard
                let patient = try Patient.fetchOne(
                    db, sql: "SELECT id, mrn, name, birthDate, sex FROM patient WHERE id = ?",
                    arguments: [encounter.patientID])
            else { throw NotFound("patient", String(encounter.patientID)) }
            return JobWork(item: item, encounter: encounter, patient: patient, documents: documents)
        }
    }

    public func completeJobItem(id: Int64, version: NewVersion) async throws -> CodeSetVersion {
        let now = self.now
        return try await pool.write { db in
            guard let item = try JobItem.fetchOne(db, sql: "SELECT * FROM jobItem WHERE id = ?", arguments: [id]) else {
                throw NotFound("job item", String(id))
            }
            if item.state == .done, let versionID = item.versionID,
                let existing = try CodeSetVersion.fetchOne(
                    db, sql: "SELECT * FROM codeSetVersion WHERE id = ?", arguments: [versionID])
            {
                return existing
            }
            // The version and the item's `done` commit together or not at all.
            let stored = try Self.insertVersion(
                db, version, encounterID: item.encounterID, userID: nil, actor: "engine", now: now)
            try db.execute(
                sql: "UPDATE jobItem SET state = 'done', versionID = ?, error = NULL, updatedAt = ? WHERE id = ?",
                arguments: [stored.id, now, id])
            try db.execute(
                sql: """
                    UPDATE batchJob SET done = done + 1, errors = errors - ?, updatedAt = ? WHERE id = ?
                    """,
                arguments: [item.state == .failed ? 1 : 0, now, item.jobID])
            return stored
        }
    }

    public func failJobItem(id: Int64, error: String) async throws {
        let now = self.now
        try await pool.write { db in
            guard let item = try JobItem.fetchOne(db, sql: "SELECT * FROM jobItem WHERE id = ?", arguments: [id]) else {
                throw NotFound("job item", String(id))
            }
            guard item.state == .running || item.state == .pending else { return }
            try db.execute(
                sql: "UPDATE jobItem SET state = 'failed', error = ?, updatedAt = ? WHERE id = ?",
                arguments: [String(error.prefix(2000)), now, id])
            try db.execute(
                sql: "UPDATE batchJob SET errors = errors + 1, updatedAt = ? WHERE id = ?",
                arguments: [now, item.jobID])
        }
    }

    static func requireJob(_ db: Database, _ id: Int64) throws -> BatchJob {
        guard let job = try BatchJob.fetchOne(db, sql: "SELECT * FROM batchJob WHERE id = ?", arguments: [id]) else {
            throw NotFound("job", String(id))
        }
        return job
    }

    // MARK: Access log

    public func accessLog(_ filter: AccessLogFilter, actingUserID: Int64) async throws -> [AccessLogEntry] {
        try await pool.read { db in
            let user = try Self.requireUser(db, actingUserID)
            guard user.role == .admin, user.active else {
                throw PermissionDenied(username: user.username, action: "read the access log")
            }
            var conditions = ["1 = 1"]
            var arguments = StatementArguments()
            if let u = filter.userID {
                conditions.append("userID = ?")
                arguments += [u]
            }
            if let e = filter.encounterID {
                conditions.append("encounterID = ?")
                arguments += [e]
            }
            if let from = filter.from {
                conditions.append("at >= ?")
                arguments += [from]
            }
            if let to = filter.to {
                conditions.append("at < ?")
                arguments += [to]
            }
            arguments += [max(1, min(filter.limit, 10_000))]
            return try AccessLogEntry.fetchAll(
                db,
                sql: "SELECT * FROM accessLog WHERE \(conditions.joined(separator: " AND ")) ORDER BY id DESC LIMIT ?",
                arguments: arguments)
        }
    }
}
