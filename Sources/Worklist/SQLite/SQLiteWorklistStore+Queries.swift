import Foundation
import GRDB
import Terminology

extension SQLiteWorklistStore {
    public func createQuery(encounterID: Int64, question: PhysicianQuery, userID: Int64) async throws -> QueryRecord {
        let now = self.now
        return try await pool.write { db in
            _ = try Self.requireEncounter(db, encounterID)
            try db.execute(
                sql:
                    "INSERT INTO physicianQuery (encounterID, question, state, createdBy, createdAt) VALUES (?, ?, 'open', ?, ?)",
                arguments: [encounterID, try Self.json(question), userID, now])
            let id = db.lastInsertedRowID
            try db.execute(
                sql: """
                    INSERT INTO pendingItem (encounterID, reason, note, queryID, openedAt, openedBy)
                    VALUES (?, 'physicianQuery', ?, ?, ?, ?)
                    """,
                arguments: [encounterID, question.topic, id, now, userID])
            return try Self.requireQuery(db, id)
        }
    }

    public func advanceQuery(
        id: Int64, to state: QueryState, answer: String?, physician: String?, userID: Int64?
    ) async throws -> QueryRecord {
        let now = self.now
        return try await pool.write { db in
            let query = try Self.requireQuery(db, id)
            guard query.state.canMove(to: state) else {
                throw QueryTransitionError(queryID: id, from: query.state, to: state)
            }
            switch state {
            case .open:
                break
            case .sent:
                try db.execute(
                    sql: "UPDATE physicianQuery SET state = 'sent', sentAt = ? WHERE id = ?", arguments: [now, id])
            case .answered:
                guard let answer, !answer.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty else {
                    throw InvalidInput(
                        field: "answer", value: answer ?? "", reason: "an answered query needs the answer")
                }
                try db.execute(
                    sql: """
                        UPDATE physicianQuery SET state = 'answered', answeredAt = ?, answer = ?, answeringPhysician = ?
                        WHERE id = ?
                        """,
                    arguments: [now, answer, physician, id])
            case .closed:
                try db.execute(
                    sql: "UPDATE physicianQuery SET state = 'closed', closedAt = ? WHERE id = ?", arguments: [now, id])
            case .withdrawn:
                try db.execute(
                    sql: "UPDATE physicianQuery SET state = 'withdrawn', withdrawnAt = ? WHERE id = ?",
                    arguments: [now, id])
            }
            if state == .answered || state == .withdrawn || state == .closed {
                try db.execute(
                    sql:
                        "UPDATE pendingItem SET resolvedAt = ?, resolvedBy = ? WHERE queryID = ? AND resolvedAt IS NULL",
                    arguments: [now, userID, id])
            }
            return try Self.requireQuery(db, id)
        }
    }

    public func queries(encounterID: Int64) async throws -> [QueryRecord] {
        try await pool.read { db in
            try QueryRecord.fetchAll(
                db, sql: "SELECT * FROM physicianQuery WHERE encounterID = ? ORDER BY id", arguments: [encounterID])
        }
    }

    static func requireQuery(_ db: Database, _ id: Int64) throws -> QueryRecord {
        guard let q = try QueryRecord.fetchOne(db, sql: "SELECT * FROM physicianQuery WHERE id = ?", arguments: [id])
        else { throw NotFound("query", String(id)) }
        return q
    }
}
