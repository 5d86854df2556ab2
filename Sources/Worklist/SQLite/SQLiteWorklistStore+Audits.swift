import Foundation
import GRDB

extension SQLiteWorklistStore {
    public func createAuditSample(_ request: AuditSampleRequest, userID: Int64) async throws -> AuditSample {
        let now = self.now
        return try await pool.write { db in
            let candidates = try Self.auditCandidates(db, request)
            let drawn = AuditSampler.draw(candidates, request: request)
            try db.execute(
                sql: "INSERT INTO auditSample (seed, criteria, createdBy, createdAt) VALUES (?, ?, ?, ?)",
                arguments: [String(request.seed), try Self.json(request), userID, now])
            let sampleID = db.lastInsertedRowID
            for c in drawn {
                try db.execute(
                    sql: "INSERT INTO auditItem (sampleID, encounterID, coderID, coderVersionID) VALUES (?, ?, ?, ?)",
                    arguments: [sampleID, c.encounterID, c.coderID, c.versionID])
            }
            guard let sample = try Self.auditSample(db, sampleID) else {
                throw NotFound("audit sample", String(sampleID))
            }
            return sample
        }
    }

    /// Coded encounters with the coder who submitted them and the submitted version, sorted by encounter.
    static func auditCandidates(_ db: Database, _ request: AuditSampleRequest) throws -> [AuditCandidate] {
        var conditions = ["e.status = 'coded'", "sc.userID IS NOT NULL"]
        var arguments = StatementArguments()
        if let coders = request.coderIDs {
            conditions.append("sc.userID IN (\(placeholders(coders.count)))")
            arguments += StatementArguments(coders)
        }
        if let from = request.codedFrom {
            conditions.append("substr(sc.changedAt, 1, 10) >= ?")
            arguments += [from]
        }
        if let to = request.codedTo {
            conditions.append("substr(sc.changedAt, 1, 10) <= ?")
            arguments += [to]
        }
        if request.excludeAlreadySampled {
            conditions.append("NOT EXISTS (SELECT 1 FROM auditItem ai WHERE ai.encounterID = e.id)")
        }
        let rows = try Row.fetchAll(
            db,
            sql: """
                SELECT e.id AS encounterID, sc.userID AS coderID, v.id AS versionID, v.drg AS drg,
                    e.precodeConfidence AS confidence
                FROM encounter e
                JOIN statusChange sc ON sc.id = (
                    SELECT max(id) FROM statusChange WHERE encounterID = e.id AND toStatus = 'coded')
                JOIN codeSetVersion v ON v.encounterID = e.id AND v.number = e.latestVersion
                WHERE \(conditions.joined(separator: " AND "))
                ORDER BY e.id
                """,
            arguments: arguments)
        return rows.map {
            AuditCandidate(
                encounterID: $0["encounterID"], coderID: $0["coderID"], versionID: $0["versionID"], drg: $0["drg"],
                confidence: $0["confidence"])
        }
    }

    public func auditSample(id: Int64) async throws -> AuditSample? {
        try await pool.read { db in try Self.auditSample(db, id) }
    }

    static func auditSample(_ db: Database, _ id: Int64) throws -> AuditSample? {
        guard let row = try Row.fetchOne(db, sql: "SELECT * FROM auditSample WHERE id = ?", arguments: [id]) else {
            return nil
        }
        let items = try AuditItem.fetchAll(
            db, sql: "SELECT * FROM auditItem WHERE sampleID = ? ORDER BY id", arguments: [id])
        return AuditSample(
            id: id, seed: UInt64(row["seed"] as String) ?? 0,
            criteria: try decodeJSON(AuditSampleRequest.self, row["criteria"]), createdBy: row["createdBy"],
            createdAt: row["createdAt"], items: items)
    }

    public func auditSamples(limit: Int) async throws -> [AuditSample] {
        try await pool.read { db in
            try Int64.fetchAll(db, sql: "SELECT id FROM auditSample ORDER BY id DESC LIMIT ?", arguments: [limit])
                .compactMap { try Self.auditSample(db, $0) }
        }
    }

    public func auditItem(id: Int64) async throws -> AuditItem? {
        try await pool.read { db in
            try AuditItem.fetchOne(db, sql: "SELECT * FROM auditItem WHERE id = ?", arguments: [id])
        }
    }

    static func requireAuditItem(_ db: Database, _ id: Int64) throws -> AuditItem {
        guard let item = try AuditItem.fetchOne(db, sql: "SELECT * FROM auditItem WHERE id = ?", arguments: [id]) else {
            throw NotFound("audit item", String(id))
        }
        return item
    }

    public func recordAudit(itemID: Int64, version: NewVersion, auditorID: Int64) async throws -> AuditItem {
        let now = self.now
        return try await pool.write { db in
            let auditor = try Self.requireActiveUser(db, auditorID)
            guard [.auditor, .manager, .admin].contains(auditor.role) else {
                throw PermissionDenied(username: auditor.username, action: "re-code for an audit")
            }
            let item = try Self.requireAuditItem(db, itemID)
            if item.auditorVersionID != nil {
                throw InvalidInput(field: "audit item", value: String(itemID), reason: "already re-coded")
            }
            if item.coderID == auditorID {
                throw PermissionDenied(username: auditor.username, action: "audit their own coding")
            }
            guard
                let coderVersion = try CodeSetVersion.fetchOne(
                    db, sql: "SELECT * FROM codeSetVersion WHERE id = ?", arguments: [item.coderVersionID])
            else { throw NotFound("code-set version", String(item.coderVersionID)) }
            var auditorVersion = version
            auditorVersion.source = .auditor
            let stored = try Self.insertVersion(
                db, auditorVersion, encounterID: item.encounterID, userID: auditorID, actor: auditor.username, now: now)
            let score = AuditScoring.score(coder: coderVersion, auditor: stored)
            try db.execute(
                sql: "UPDATE auditItem SET auditorID = ?, auditorVersionID = ?, score = ?, scoredAt = ? WHERE id = ?",
                arguments: [auditorID, stored.id, try Self.json(score), now, itemID])
            return try Self.requireAuditItem(db, itemID)
        }
    }

    public func rebut(itemID: Int64, text: String, coderID: Int64) async throws -> AuditItem {
        let now = self.now
        return try await pool.write { db in
            let item = try Self.requireAuditItem(db, itemID)
            let coder = try Self.requireActiveUser(db, coderID)
            guard item.coderID == coderID else {
                throw PermissionDenied(username: coder.username, action: "rebut another coder's audit")
            }
            guard item.score != nil else {
                throw InvalidInput(field: "audit item", value: String(itemID), reason: "not scored yet")
            }
            guard item.decision == nil else {
                throw InvalidInput(field: "audit item", value: String(itemID), reason: "already decided")
            }
            try db.execute(
                sql: "UPDATE auditItem SET rebuttal = ?, rebuttedAt = ? WHERE id = ?", arguments: [text, now, itemID])
            return try Self.requireAuditItem(db, itemID)
        }
    }

    public func decide(itemID: Int64, decision: AuditDecision, note: String?, auditorID: Int64) async throws
        -> AuditItem
    {
        let now = self.now
        return try await pool.write { db in
            let item = try Self.requireAuditItem(db, itemID)
            let auditor = try Self.requireActiveUser(db, auditorID)
            guard [.auditor, .manager, .admin].contains(auditor.role) else {
                throw PermissionDenied(username: auditor.username, action: "decide an audit")
            }
            guard item.score != nil else {
                throw InvalidInput(field: "audit item", value: String(itemID), reason: "not scored yet")
            }
            try db.execute(
                sql: "UPDATE auditItem SET decision = ?, decisionNote = ?, decidedBy = ?, decidedAt = ? WHERE id = ?",
                arguments: [decision.rawValue, note, auditorID, now, itemID])
            let encounter = try Self.requireEncounter(db, item.encounterID)
            if encounter.status != .audited {
                try Self.changeStatus(db, encounter, to: .audited, pendingReason: nil, userID: auditorID, now: now)
            }
            return try Self.requireAuditItem(db, itemID)
        }
    }

    /// Scored items with their coder's username and the month scored.
    static func scoredItems(_ db: Database, from: Date?, to: Date?) throws -> [(
        item: AuditItem, username: String, month: String
    )] {
        var conditions = ["ai.score IS NOT NULL"]
        var arguments = StatementArguments()
        if let from {
            conditions.append("ai.scoredAt >= ?")
            arguments += [from]
        }
        if let to {
            conditions.append("ai.scoredAt < ?")
            arguments += [to]
        }
        let rows = try Row.fetchAll(
            db,
            sql: """
                SELECT ai.*, u.username AS username, substr(ai.scoredAt, 1, 7) AS month
                FROM auditItem ai JOIN appUser u ON u.id = ai.coderID
                WHERE \(conditions.joined(separator: " AND "))
                ORDER BY ai.id
                """,
            arguments: arguments)
        return try rows.map { (try AuditItem(row: $0), $0["username"], $0["month"]) }
    }

    public func scorecards(from: Date?, to: Date?) async throws -> [CoderScorecard] {
        try await pool.read { db in
            let scored = try Self.scoredItems(db, from: from, to: to)
            let byCoder = Dictionary(grouping: scored, by: \.item.coderID)
            return byCoder.keys.sorted().map { coder in
                let rows = byCoder[coder]!
                let scores = rows.compactMap(\.item.score)
                let n = Double(scores.count)
                func mean(_ f: (AuditScore) -> Double) -> Double { scores.map(f).reduce(0, +) / n }
                let rebutted = rows.filter { $0.item.rebuttal != nil }
                return CoderScorecard(
                    coderID: coder, username: rows[0].username, audited: scores.count,
                    diagnosisPrecision: mean(\.diagnosisPrecision), diagnosisRecall: mean(\.diagnosisRecall),
                    procedurePrecision: mean(\.procedurePrecision), procedureRecall: mean(\.procedureRecall),
                    principalChangedRate: mean { $0.principalDiagnosisChanged ? 1 : 0 },
                    drgChangedRate: mean { $0.drgChanged ? 1 : 0 },
                    totalWeightDifference: scores.map(\.weightDifference).reduce(0, +),
                    poaMismatches: scores.map(\.poaMismatches.count).reduce(0, +), rebuttals: rebutted.count,
                    rebuttalsUpheld: rebutted.filter { $0.item.decision == .coderUpheld }.count)
            }
        }
    }

    public func auditAccuracy() async throws -> [AuditAccuracy] {
        try await pool.read { db in
            let scored = try Self.scoredItems(db, from: nil, to: nil)
            struct Key: Hashable, Comparable {
                var coder: Int64
                var month: String
                static func < (a: Key, b: Key) -> Bool { (a.coder, a.month) < (b.coder, b.month) }
            }
            let groups = Dictionary(grouping: scored) { Key(coder: $0.item.coderID, month: $0.month) }
            return groups.keys.sorted().map { key in
                let rows = groups[key]!
                let scores = rows.compactMap(\.item.score)
                let n = Double(scores.count)
                let code =
                    scores.map {
                        (AuditScoring.f1($0.diagnosisPrecision, $0.diagnosisRecall)
                            + AuditScoring.f1($0.procedurePrecision, $0.procedureRecall)) / 2
                    }.reduce(0, +) / n
                let drg = Double(scores.filter { !$0.drgChanged }.count) / n
                return AuditAccuracy(
                    coderID: key.coder, username: rows[0].username, month: key.month, audited: scores.count,
                    codeAccuracy: code, drgAccuracy: drg)
            }
        }
    }
}
