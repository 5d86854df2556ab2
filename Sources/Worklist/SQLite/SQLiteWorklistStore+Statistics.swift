import Foundation
import GRDB

extension SQLiteWorklistStore {
    public func census(from: String, to: String) async throws -> [DailyCensus] {
        guard let start = Day.date(from), let end = Day.date(to), start <= end else {
            throw InvalidInput(field: "period", value: "\(from)..\(to)", reason: "not two yyyy-mm-dd days in order")
        }
        return try await pool.read { db in
            var admissions: [String: Int] = [:]
            var discharges: [String: Int] = [:]
            for row in try Row.fetchAll(
                db,
                sql:
                    "SELECT admitDate AS day, count(*) AS n FROM encounter WHERE admitDate BETWEEN ? AND ? GROUP BY admitDate",
                arguments: [from, to])
            { admissions[row["day"]] = row["n"] }
            for row in try Row.fetchAll(
                db,
                sql: """
                    SELECT dischargeDate AS day, count(*) AS n FROM encounter
                    WHERE dischargeDate BETWEEN ? AND ? GROUP BY dischargeDate
                    """,
                arguments: [from, to])
            { discharges[row["day"]] = row["n"] }
            var out: [DailyCensus] = []
            var day = start
            while day <= end && out.count < 3700 {
                let key = Day.string(day)
                out.append(DailyCensus(day: key, admissions: admissions[key] ?? 0, discharges: discharges[key] ?? 0))
                day = Day.calendar.date(byAdding: .day, value: 1, to: day)!
            }
            return out
        }
    }

    public func backlog(asOf: Date) async throws -> Backlog {
        let today = Day.string(asOf)
        return try await pool.read { db in
            var byStatus = Dictionary(uniqueKeysWithValues: EncounterStatus.allCases.map { ($0, 0) })
            for row in try Row.fetchAll(db, sql: "SELECT status, count(*) AS n FROM encounter GROUP BY status") {
                if let s = EncounterStatus(rawValue: row["status"]) { byStatus[s] = row["n"] }
            }
            var dnfb = Dictionary(uniqueKeysWithValues: DNFBAgeBucket.allCases.map { ($0, 0) })
            let unfinished = EncounterStatus.unfinished.map(\.rawValue)
            for row in try Row.fetchAll(
                db,
                sql: """
                    SELECT CAST(julianday(?) - julianday(dischargeDate) AS INTEGER) AS age, count(*) AS n
                    FROM encounter
                    WHERE dischargeDate IS NOT NULL AND dischargeDate <= ?
                        AND status IN (\(Self.placeholders(unfinished.count)))
                    GROUP BY age
                    """,
                arguments: [today, today] + StatementArguments(unfinished))
            {
                dnfb[DNFBAgeBucket(days: row["age"]), default: 0] += row["n"] as Int
            }
            return Backlog(byStatus: byStatus, dnfbByAge: dnfb)
        }
    }

    public func codedPerCoderPerDay(from: String, to: String) async throws -> [CoderDayCount] {
        try await pool.read { db in
            try Row.fetchAll(
                db,
                sql: """
                    SELECT sc.userID AS coderID, u.username AS username, substr(sc.changedAt, 1, 10) AS day,
                        count(*) AS coded
                    FROM statusChange sc JOIN appUser u ON u.id = sc.userID
                    WHERE sc.toStatus = 'coded' AND substr(sc.changedAt, 1, 10) BETWEEN ? AND ?
                    GROUP BY sc.userID, day
                    ORDER BY day, u.username
                    """,
                arguments: [from, to]
            ).map {
                CoderDayCount(coderID: $0["coderID"], username: $0["username"], day: $0["day"], coded: $0["coded"])
            }
        }
    }

    public func caseMix(from: String, to: String) async throws -> CaseMix {
        try await pool.read { db in
            let row = try Row.fetchOne(
                db,
                sql: """
                    SELECT count(*) AS n, coalesce(sum(e.drgWeight), 0) AS weight,
                        coalesce(sum(v.ccMcc = 'cc'), 0) AS cc, coalesce(sum(v.ccMcc = 'mcc'), 0) AS mcc
                    FROM encounter e JOIN codeSetVersion v ON v.encounterID = e.id AND v.number = e.latestVersion
                    WHERE e.status IN ('coded', 'audited') AND e.drgWeight IS NOT NULL
                        AND e.dischargeDate BETWEEN ? AND ?
                    """,
                arguments: [from, to])
            let n: Int = row?["n"] ?? 0
            let weight: Double = row?["weight"] ?? 0
            let cc: Int = row?["cc"] ?? 0
            let mcc: Int = row?["mcc"] ?? 0
            let unweighted =
                try Int.fetchOne(
                    db,
                    sql: """
                        SELECT count(*) FROM encounter e
                        WHERE e.status IN ('coded', 'audited') AND e.drgWeight IS NULL AND e.dischargeDate BETWEEN ? AND ?
                        """,
                    arguments: [from, to]) ?? 0
            return CaseMix(
                encounters: n, totalWeight: weight, caseMixIndex: n == 0 ? 0 : weight / Double(n), withCC: cc,
                withMCC: mcc, ccMccCaptureRate: n == 0 ? 0 : Double(cc + mcc) / Double(n), withoutWeight: unweighted)
        }
    }

    public func suggestionOutcome(from: String, to: String) async throws -> SuggestionOutcome {
        try await pool.read { db in
            let rows = try Row.fetchAll(
                db,
                sql: """
                    SELECT
                        (SELECT id FROM codeSetVersion WHERE encounterID = e.id AND source = 'precode'
                            ORDER BY number LIMIT 1) AS suggested,
                        (SELECT id FROM codeSetVersion WHERE encounterID = e.id AND source = 'coder'
                            ORDER BY number DESC LIMIT 1) AS submitted
                    FROM encounter e
                    WHERE e.status IN ('coded', 'audited') AND e.dischargeDate BETWEEN ? AND ?
                    """,
                arguments: [from, to])
            var total = SuggestionOutcome()
            let sql = "SELECT * FROM codeSetVersion WHERE id = ?"
            for row in rows {
                guard let s = row["suggested"] as Int64?, let c = row["submitted"] as Int64?,
                    let suggested = try CodeSetVersion.fetchOne(db, sql: sql, arguments: [s]),
                    let submitted = try CodeSetVersion.fetchOne(db, sql: sql, arguments: [c])
                else { continue }
                let one = AuditScoring.outcome(suggested: suggested, submitted: submitted)
                total.encounters += 1
                total.accepted += one.accepted
                total.edited += one.edited
                total.removed += one.removed
                total.added += one.added
            }
            return total
        }
    }

    public func queryStatistics(from: String, to: String) async throws -> QueryStatistics {
        try await pool.read { db in
            let encounters =
                try Int.fetchOne(
                    db, sql: "SELECT count(*) FROM encounter WHERE dischargeDate BETWEEN ? AND ?",
                    arguments: [from, to])
                ?? 0
            let queries = try QueryRecord.fetchAll(
                db,
                sql: """
                    SELECT q.* FROM physicianQuery q JOIN encounter e ON e.id = q.encounterID
                    WHERE e.dischargeDate BETWEEN ? AND ? AND q.state <> 'withdrawn'
                    """,
                arguments: [from, to])
            let queried = Set(queries.map(\.encounterID)).count
            let turnarounds = queries.compactMap(\.turnaroundHours).sorted()
            var median: Double?
            if !turnarounds.isEmpty {
                let mid = turnarounds.count / 2
                median =
                    turnarounds.count % 2 == 1 ? turnarounds[mid] : (turnarounds[mid - 1] + turnarounds[mid]) / 2
            }
            return QueryStatistics(
                encounters: encounters, encountersQueried: queried,
                queryRate: encounters == 0 ? 0 : Double(queried) / Double(encounters), queries: queries.count,
                answered: queries.filter { $0.answeredAt != nil }.count, medianTurnaroundHours: median)
        }
    }
}
