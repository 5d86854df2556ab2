import Foundation
import GRDB

extension SQLiteWorklistStore {
    public func createQueue(name: String, rules: QueueRules) async throws -> WorkQueue {
        let trimmed = name.trimmingCharacters(in: .whitespaces)
        guard !trimmed.isEmpty else { throw InvalidInput(field: "queue name", value: name, reason: "empty") }
        let now = self.now
        do {
            return try await pool.write { db in
                try db.execute(
                    sql: "INSERT INTO workQueue (name, rules, createdAt) VALUES (?, ?, ?)",
                    arguments: [trimmed, try Self.json(rules), now])
                return try Self.requireQueue(db, db.lastInsertedRowID)
            }
        } catch DatabaseError.SQLITE_CONSTRAINT {
            throw InvalidInput(field: "queue name", value: trimmed, reason: "already taken")
        }
    }

    public func queues() async throws -> [WorkQueue] {
        try await pool.read { db in try WorkQueue.fetchAll(db, sql: "SELECT * FROM workQueue ORDER BY name") }
    }

    public func encounters(inQueue queueID: Int64, asOf: Date, limit: Int, offset: Int) async throws -> QueuePage {
        try await pool.read { db in
            let queue = try Self.requireQueue(db, queueID)
            let filter = Self.queueFilter(queue.rules, asOf: asOf, includeStatuses: true)
            let total =
                try Int.fetchOne(
                    db, sql: "SELECT count(*) FROM encounter WHERE \(filter.sql)", arguments: filter.arguments)
                ?? 0
            let unassigned =
                try Int.fetchOne(
                    db, sql: "SELECT count(*) FROM encounter WHERE assignedCoderID IS NULL AND \(filter.sql)",
                    arguments: filter.arguments) ?? 0
            let encounters = try Encounter.fetchAll(
                db,
                sql: """
                    SELECT * FROM encounter WHERE \(filter.sql)
                    ORDER BY dischargeDate IS NULL, dischargeDate, id LIMIT ? OFFSET ?
                    """,
                arguments: filter.arguments + [max(0, limit), max(0, offset)])
            return QueuePage(queue: queue, total: total, unassigned: unassigned, encounters: encounters)
        }
    }

    static func requireQueue(_ db: Database, _ id: Int64) throws -> WorkQueue {
        guard let q = try WorkQueue.fetchOne(db, sql: "SELECT * FROM workQueue WHERE id = ?", arguments: [id]) else {
            throw NotFound("queue", String(id))
        }
        return q
    }

    /// The WHERE condition (on table `encounter`) of a queue's rules, with its arguments.
    static func queueFilter(_ rules: QueueRules, asOf: Date, includeStatuses: Bool) -> (
        sql: String, arguments: StatementArguments
    ) {
        var conditions: [String] = ["1 = 1"]
        var arguments = StatementArguments()
        func list(_ column: String, _ values: [String]?) {
            guard let values else { return }
            conditions.append("\(column) IN (\(placeholders(values.count)))")
            arguments += StatementArguments(values)
        }
        list("setting", rules.settings?.map(\.rawValue))
        list("service", rules.services)
        list("payer", rules.payers)
        list("drg", rules.drgs)
        if includeStatuses { list("status", rules.effectiveStatuses.map(\.rawValue)) }
        if let days = rules.minimumDischargeAgeDays {
            conditions.append("dischargeDate IS NOT NULL AND dischargeDate <= ?")
            arguments += [Day.string(asOf, minusDays: days)]
        }
        if let low = rules.minimumConfidence {
            conditions.append("precodeConfidence >= ?")
            arguments += [low]
        }
        if let high = rules.maximumConfidence {
            conditions.append("precodeConfidence <= ?")
            arguments += [high]
        }
        return (conditions.joined(separator: " AND "), arguments)
    }
}

/// Calendar days as yyyy-mm-dd in UTC, the form clinical dates are stored in.
enum Day {
    static let calendar: Calendar = {
        var c = Calendar(identifier: .gregorian)
        c.timeZone = TimeZone(identifier: "UTC")!
        return c
    }()

    /// The day of `date`, `minusDays` earlier.
    static func string(_ date: Date, minusDays: Int = 0) -> String {
        let shifted = calendar.date(byAdding: .day, value: -minusDays, to: date) ?? date
        let c = calendar.dateComponents([.year, .month, .day], from: shifted)
        return String(format: "%04d-%02d-%02d", c.year ?? 0, c.month ?? 0, c.day ?? 0)
    }

    /// The date at midnight UTC of a yyyy-mm-dd day.
    static func date(_ day: String) -> Date? {
        let parts = day.split(separator: "-").compactMap { Int($0) }
        guard parts.count == 3 else { return nil }
        return calendar.date(from: DateComponents(year: parts[0], month: parts[1], day: parts[2]))
    }

    /// Whole days from `day` to the day of `date`.
    static func age(of day: String, asOf date: Date) -> Int? {
        guard let start = Day.date(day), let end = Day.date(string(date)) else { return nil }
        return calendar.dateComponents([.day], from: start, to: end).day
    }
}
