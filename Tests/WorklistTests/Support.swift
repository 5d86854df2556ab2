import Foundation
import GRDB
import Synchronization
import Terminology
import Worklist

/// A clock the tests move by hand.
final class TestClock: Sendable {
    private let value: Mutex<Date>
    init(_ start: Date = TestClock.date("2025-11-20T09:00:00Z")) { value = Mutex(start) }
    var now: Date { value.withLock { $0 } }
    func advance(_ seconds: TimeInterval) { value.withLock { $0 = $0.addingTimeInterval(seconds) } }
    func set(_ date: Date) { value.withLock { $0 = date } }

    static func date(_ iso: String) -> Date { ISO8601DateFormatter().date(from: iso)! }
}

/// A store on a temporary file, removed (with its -wal and -shm) when the body ends.
struct TemporaryStore {
    let path: String
    let clock: TestClock
    let store: SQLiteWorklistStore

    static func options(_ clock: TestClock) -> SQLiteWorklistStore.Options {
        SQLiteWorklistStore.Options(passwordHasher: PasswordHasher(rounds: 1_000), clock: { clock.now })
    }

    static func with<T>(_ body: (TemporaryStore) async throws -> T) async throws -> T {
        let path = FileManager.default.temporaryDirectory
            .appendingPathComponent("worklist-test-\(UUID().uuidString).sqlite").path
        defer {
            for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: path + suffix) }
        }
        let clock = TestClock()
        let store = try SQLiteWorklistStore(path: path, options: options(clock))
        return try await body(TemporaryStore(path: path, clock: clock, store: store))
    }

    /// Reopens the same file as a new store (as a restarted process would).
    func reopened() throws -> SQLiteWorklistStore {
        try SQLiteWorklistStore(path: path, options: Self.options(clock))
    }

    /// A raw connection to the file, for checks the API does not offer.
    func rawDatabase() throws -> DatabaseQueue { try DatabaseQueue(path: path) }

    func user(_ name: String, _ role: UserRole = .coder) async throws -> User {
        try await store.createUser(
            NewUser(username: name, displayName: name.capitalized, role: role, password: "pw-\(name)"))
    }

    /// Encounters from a CSV: one per identifier, each with its own patient, discharged on the day given.
    func encounters(
        _ rows: [(id: String, discharge: String)], setting: String = "inpatient", service: String = "Medicine"
    )
        async throws -> [Encounter]
    {
        var csv = "encounter_id,mrn,patient_name,birth_date,setting,admit_date,discharge_date,service,payer\n"
        for (i, row) in rows.enumerated() {
            let admit = row.discharge
            csv += "\(row.id),M-\(row.id),\"Patient\(i), Test\",1950-01-\(String(format: "%02d", i % 28 + 1)),"
            csv += "\(setting),\(admit),\(row.discharge),\(service),Medicare\n"
        }
        let result = try await store.importCSV(Data(csv.utf8))
        precondition(result.rejected.isEmpty, "\(result.rejected)")
        var out: [Encounter] = []
        for row in rows { out.append(try await store.encounter(identifier: row.id)!) }
        return out
    }
}

/// The sample bundle the repository ships.
func sampleBundle() throws -> Data {
    let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()
    return try Data(contentsOf: root.appendingPathComponent("Samples/encounters.fhir.json"))
}

func version(
    _ source: VersionSource, _ dx: [String], px: [String] = [], drg: String? = nil, weight: Double? = nil,
    ccMcc: CCMCCLevel? = nil, confidence: Double? = nil, findings: [Finding] = []
) -> NewVersion {
    NewVersion(
        source: source,
        diagnoses: dx.map {
            let parts = $0.split(separator: ":")
            return Claim.Diagnosis(code: String(parts[0]), poa: parts.count > 1 ? String(parts[1]) : "Y")
        },
        procedures: px.map { Claim.Procedure(code: $0) }, drg: drg, weight: weight, ccMcc: ccMcc,
        confidence: confidence, findings: findings)
}
