import Foundation
import GRDB
import Terminology

extension SQLiteWorklistStore {
    // MARK: Reading

    public func encounter(id: Int64) async throws -> Encounter? {
        try await pool.read { db in
            try Encounter.fetchOne(db, sql: "SELECT * FROM encounter WHERE id = ?", arguments: [id])
        }
    }

    public func encounter(identifier: String) async throws -> Encounter? {
        try await pool.read { db in
            try Encounter.fetchOne(db, sql: "SELECT * FROM encounter WHERE identifier = ?", arguments: [identifier])
        }
    }

    public func encounterIDs(status: EncounterStatus) async throws -> [Int64] {
        try await pool.read { db in
            try Int64.fetchAll(
                db, sql: "SELECT id FROM encounter WHERE status = ? ORDER BY dischargeDate, id",
                arguments: [status.rawValue])
        }
    }

    public func patient(id: Int64) async throws -> Patient? {
        try await pool.read { db in
            try Patient.fetchOne(
                db, sql: "SELECT id, mrn, name, birthDate, sex FROM patient WHERE id = ?", arguments: [id])
        }
    }

    public func duplicatePatients() async throws -> [DuplicatePatientPair] {
        try await pool.read { db in
            let rows = try Row.fetchAll(
                db, sql: "SELECT patientA, patientB, reason FROM duplicatePatient ORDER BY patientA, patientB")
            return try rows.compactMap { row in
                let sql = "SELECT id, mrn, name, birthDate, sex FROM patient WHERE id = ?"
                guard let a = try Patient.fetchOne(db, sql: sql, arguments: [row["patientA"] as Int64]),
                    let b = try Patient.fetchOne(db, sql: sql, arguments: [row["patientB"] as Int64])
                else { return nil }
                return DuplicatePatientPair(first: a, second: b, reason: row["reason"])
            }
        }
    }

    public func documentSummaries(encounterID: Int64) async throws -> [DocumentSummary] {
        try await pool.read { db in
            try DocumentSummary.fetchAll(
                db,
                sql: """
                    SELECT id, encounterID, type, author, date, signed, length(text) AS length
                    FROM document WHERE encounterID = ? ORDER BY date, id
                    """,
                arguments: [encounterID])
        }
    }

    public func chart(encounterID: Int64, actingUserID: Int64) async throws -> Chart {
        let now = self.now
        return try await pool.write { db in
            let user = try Self.requireActiveUser(db, actingUserID)
            let encounter = try Self.requireEncounter(db, encounterID)
            guard
                let patient = try Patient.fetchOne(
                    db, sql: "SELECT id, mrn, name, birthDate, sex FROM patient WHERE id = ?",
                    arguments: [encounter.patientID])
            else { throw NotFound("patient", String(encounter.patientID)) }
            let chart = Chart(
                patient: patient, encounter: encounter,
                documents: try Document.fetchAll(
                    db, sql: "SELECT * FROM document WHERE encounterID = ? ORDER BY date, id", arguments: [encounterID]),
                versions: try Self.versions(db, encounterID: encounterID),
                statusHistory: try Self.statusHistory(db, encounterID: encounterID),
                pending: try Self.pendingItems(db, encounterID: encounterID),
                queries: try QueryRecord.fetchAll(
                    db, sql: "SELECT * FROM physicianQuery WHERE encounterID = ? ORDER BY id", arguments: [encounterID])
            )
            try Self.logAccess(
                db, userID: user.id, actor: user.username, action: .chart, encounterID: encounterID, documentID: nil,
                now: now)
            return chart
        }
    }

    public func document(id: Int64, actingUserID: Int64) async throws -> Document {
        let now = self.now
        return try await pool.write { db in
            let user = try Self.requireActiveUser(db, actingUserID)
            guard let document = try Document.fetchOne(db, sql: "SELECT * FROM document WHERE id = ?", arguments: [id])
            else { throw NotFound("document", String(id)) }
            try Self.logAccess(
                db, userID: user.id, actor: user.username, action: .note, encounterID: document.encounterID,
                documentID: id, now: now)
            return document
        }
    }

    static func requireActiveUser(_ db: Database, _ id: Int64) throws -> User {
        let user = try requireUser(db, id)
        guard user.active else {
            throw PermissionDenied(username: user.username, action: "read patient data (inactive)")
        }
        return user
    }

    static func logAccess(
        _ db: Database, userID: Int64?, actor: String, action: AccessAction, encounterID: Int64?, documentID: Int64?,
        now: Date
    ) throws {
        // a user whose password an admin reset reads under both names until they change it of their own accord
        let onBehalfOf = try userID.flatMap { id in
            try String.fetchOne(
                db,
                sql: "SELECT a.username FROM appUser u JOIN appUser a ON a.id = u.passwordResetBy WHERE u.id = ?",
                arguments: [id])
        }
        try db.execute(
            sql: """
                INSERT INTO accessLog (userID, actor, action, encounterID, documentID, at, onBehalfOf)
                VALUES (?, ?, ?, ?, ?, ?, ?)
                """,
            arguments: [userID, actor, action.rawValue, encounterID, documentID, now, onBehalfOf])
    }

    // MARK: Status

    public func setStatus(
        encounterID: Int64, to status: EncounterStatus, pendingReason: PendingReason?, note: String?, userID: Int64?
    ) async throws -> Encounter {
        let now = self.now
        return try await pool.write { db in
            let encounter = try Self.requireEncounter(db, encounterID)
            if status == .coded { try Self.checkSubmittable(db, encounter) }
            return try Self.changeStatus(
                db, encounter, to: status, pendingReason: pendingReason, note: note, userID: userID, now: now)
        }
    }

    /// Checks the table, writes the new status and its history row, opens a pending item for `onHold`.
    @discardableResult
    static func changeStatus(
        _ db: Database, _ encounter: Encounter, to status: EncounterStatus, pendingReason: PendingReason?,
        note: String? = nil, userID: Int64?, now: Date
    ) throws -> Encounter {
        guard encounter.status.canMove(to: status) else {
            throw TransitionError(encounter: encounter.identifier, from: encounter.status, to: status)
        }
        if status == .onHold && pendingReason == nil {
            throw InvalidInput(
                field: "pendingReason", value: "", reason: "putting \(encounter.identifier) on hold needs a reason")
        }
        let reason = status == .onHold ? pendingReason : nil
        try db.execute(
            sql: "UPDATE encounter SET status = ?, pendingReason = ?, updatedAt = ? WHERE id = ?",
            arguments: [status.rawValue, reason?.rawValue, now, encounter.id])
        try db.execute(
            sql: """
                INSERT INTO statusChange (encounterID, fromStatus, toStatus, userID, actor, changedAt, pendingReason)
                VALUES (?, ?, ?, ?, ?, ?, ?)
                """,
            arguments: [
                encounter.id, encounter.status.rawValue, status.rawValue, userID, try actorName(db, userID), now,
                reason?.rawValue,
            ])
        if let reason {
            try db.execute(
                sql: "INSERT INTO pendingItem (encounterID, reason, note, openedAt, openedBy) VALUES (?, ?, ?, ?, ?)",
                arguments: [encounter.id, reason.rawValue, note, now, userID])
        }
        return try requireEncounter(db, encounter.id)
    }

    public func statusHistory(encounterID: Int64) async throws -> [StatusChange] {
        try await pool.read { db in try Self.statusHistory(db, encounterID: encounterID) }
    }

    static func statusHistory(_ db: Database, encounterID: Int64) throws -> [StatusChange] {
        try Row.fetchAll(
            db, sql: "SELECT * FROM statusChange WHERE encounterID = ? ORDER BY id", arguments: [encounterID]
        ).map(StatusChange.init(row:))
    }

    public func pendingItems(encounterID: Int64) async throws -> [PendingItem] {
        try await pool.read { db in try Self.pendingItems(db, encounterID: encounterID) }
    }

    static func pendingItems(_ db: Database, encounterID: Int64) throws -> [PendingItem] {
        try PendingItem.fetchAll(
            db, sql: "SELECT * FROM pendingItem WHERE encounterID = ? ORDER BY id", arguments: [encounterID])
    }

    public func pendingItem(id: Int64) async throws -> PendingItem? {
        try await pool.read { db in
            try PendingItem.fetchOne(db, sql: "SELECT * FROM pendingItem WHERE id = ?", arguments: [id])
        }
    }

    public func resolvePendingItem(id: Int64, userID: Int64) async throws {
        let now = self.now
        try await pool.write { db in
            try db.execute(
                sql: "UPDATE pendingItem SET resolvedAt = ?, resolvedBy = ? WHERE id = ? AND resolvedAt IS NULL",
                arguments: [now, userID, id])
            if db.changesCount == 0,
                try Int.fetchOne(db, sql: "SELECT count(*) FROM pendingItem WHERE id = ?", arguments: [id]) == 0
            {
                throw NotFound("pending item", String(id))
            }
        }
    }

    // MARK: Submitting and claiming

    public func submit(encounterID: Int64, version: NewVersion?, userID: Int64) async throws -> Encounter {
        // The coder's version is kept even when the submission is refused: it is their latest work.
        if let version { _ = try await appendVersion(version, encounterID: encounterID, userID: userID) }
        let now = self.now
        return try await pool.write { db in
            let encounter = try Self.requireEncounter(db, encounterID)
            guard encounter.status.canMove(to: .coded) else {
                throw TransitionError(encounter: encounter.identifier, from: encounter.status, to: .coded)
            }
            try Self.checkSubmittable(db, encounter)
            return try Self.changeStatus(db, encounter, to: .coded, pendingReason: nil, userID: userID, now: now)
        }
    }

    /// Throws ``SubmitBlocked`` with every reason: open pending items, no version, error findings.
    static func checkSubmittable(_ db: Database, _ encounter: Encounter) throws {
        var reasons: [String] = []
        let open = try String.fetchAll(
            db, sql: "SELECT reason FROM pendingItem WHERE encounterID = ? AND resolvedAt IS NULL ORDER BY id",
            arguments: [encounter.id])
        if !open.isEmpty { reasons.append("open pending reasons: \(open.joined(separator: ", "))") }
        if let latest = try CodeSetVersion.fetchOne(
            db, sql: "SELECT * FROM codeSetVersion WHERE encounterID = ? ORDER BY number DESC LIMIT 1",
            arguments: [encounter.id])
        {
            let errors = latest.findings.filter { $0.severity == .error }.map(\.rule)
            if !errors.isEmpty {
                reasons.append("version \(latest.number) has error findings: \(errors.joined(separator: ", "))")
            }
            if latest.diagnoses.isEmpty { reasons.append("version \(latest.number) has no diagnosis") }
        } else {
            reasons.append("no code set")
        }
        if !reasons.isEmpty { throw SubmitBlocked(encounter: encounter.identifier, reasons: reasons) }
    }

    public func claimNext(queueID: Int64, coderID: Int64, asOf: Date) async throws -> Encounter? {
        let now = self.now
        return try await pool.write { db in
            _ = try Self.requireActiveUser(db, coderID)
            let queue = try Self.requireQueue(db, queueID)
            let filter = Self.queueFilter(queue.rules, asOf: asOf, includeStatuses: false)
            // A coder holding an unfinished encounter of this queue gets it back.
            if let held = try Encounter.fetchOne(
                db,
                sql: """
                    SELECT * FROM encounter
                    WHERE assignedCoderID = ? AND status IN ('new', 'precoded', 'inProgress') AND \(filter.sql)
                    ORDER BY claimedAt, id LIMIT 1
                    """,
                arguments: [coderID] + filter.arguments)
            {
                return held.status == .inProgress
                    ? held
                    : try Self.changeStatus(db, held, to: .inProgress, pendingReason: nil, userID: coderID, now: now)
            }
            let full = Self.queueFilter(queue.rules, asOf: asOf, includeStatuses: true)
            // One statement picks and assigns; `assignedCoderID IS NULL` is checked again by the UPDATE itself, and
            // SQLite runs one writer at a time, so no two coders get the same encounter.
            guard
                let id = try Int64.fetchOne(
                    db,
                    sql: """
                        UPDATE encounter SET assignedCoderID = ?, claimedAt = ?, updatedAt = ?
                        WHERE assignedCoderID IS NULL AND id = (
                            SELECT id FROM encounter WHERE assignedCoderID IS NULL AND \(full.sql)
                            ORDER BY dischargeDate IS NULL, dischargeDate, id LIMIT 1)
                        RETURNING id
                        """,
                    arguments: [coderID, now, now] + full.arguments)
            else { return nil }
            let claimed = try Self.requireEncounter(db, id)
            if [.new, .precoded, .onHold].contains(claimed.status) {
                return try Self.changeStatus(
                    db, claimed, to: .inProgress, pendingReason: nil, userID: coderID, now: now)
            }
            return claimed
        }
    }

    public func release(encounterID: Int64, userID: Int64) async throws {
        let now = self.now
        try await pool.write { db in
            try db.execute(
                sql: "UPDATE encounter SET assignedCoderID = NULL, claimedAt = NULL, updatedAt = ? WHERE id = ?",
                arguments: [now, encounterID])
            guard db.changesCount == 1 else { throw NotFound("encounter", String(encounterID)) }
        }
    }

    // MARK: Versions

    public func appendVersion(_ version: NewVersion, encounterID: Int64, userID: Int64?) async throws
        -> CodeSetVersion
    {
        let now = self.now
        return try await pool.write { db in
            try Self.insertVersion(
                db, version, encounterID: encounterID, userID: userID, actor: try Self.actorName(db, userID), now: now)
        }
    }

    /// Appends a version numbered after the last, updates the encounter's latest fields; a pre-coding moves a
    /// `new` encounter to `precoded`.
    static func insertVersion(
        _ db: Database, _ v: NewVersion, encounterID: Int64, userID: Int64?, actor: String, now: Date
    ) throws -> CodeSetVersion {
        let encounter = try requireEncounter(db, encounterID)
        let number =
            (try Int.fetchOne(
                db, sql: "SELECT max(number) FROM codeSetVersion WHERE encounterID = ?", arguments: [encounterID]) ?? 0)
            + 1
        let hasErrors = v.findings.contains { $0.severity == .error }
        try db.execute(
            sql: """
                INSERT INTO codeSetVersion (encounterID, number, userID, createdBy, createdAt, source, engineVersion,
                    diagnoses, procedures, drg, weight, ccMcc, confidence, findings, hasErrors)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """,
            arguments: [
                encounterID, number, userID, actor, now, v.source.rawValue, v.engineVersion, try json(v.diagnoses),
                try json(v.procedures), v.drg, v.weight, v.ccMcc?.rawValue, v.confidence, try json(v.findings),
                hasErrors,
            ])
        let id = db.lastInsertedRowID
        try db.execute(
            sql: """
                UPDATE encounter SET latestVersion = ?, drg = ?, drgWeight = ?,
                    precodeConfidence = CASE WHEN ? THEN ? ELSE precodeConfidence END, updatedAt = ?
                WHERE id = ?
                """,
            arguments: [number, v.drg, v.weight, v.source == .precode, v.confidence, now, encounterID])
        if v.source == .precode && encounter.status == .new {
            try changeStatus(
                db, try requireEncounter(db, encounterID), to: .precoded, pendingReason: nil, userID: userID, now: now)
        }
        guard
            let version = try CodeSetVersion.fetchOne(
                db, sql: "SELECT * FROM codeSetVersion WHERE id = ?", arguments: [id])
        else { throw NotFound("code-set version", String(id)) }
        return version
    }

    public func versions(encounterID: Int64) async throws -> [CodeSetVersion] {
        try await pool.read { db in try Self.versions(db, encounterID: encounterID) }
    }

    static func versions(_ db: Database, encounterID: Int64) throws -> [CodeSetVersion] {
        try CodeSetVersion.fetchAll(
            db, sql: "SELECT * FROM codeSetVersion WHERE encounterID = ? ORDER BY number", arguments: [encounterID])
    }

    public func version(id: Int64) async throws -> CodeSetVersion? {
        try await pool.read { db in
            try CodeSetVersion.fetchOne(db, sql: "SELECT * FROM codeSetVersion WHERE id = ?", arguments: [id])
        }
    }
}
