import Foundation
import Testing

/// ICD-10-CM FY2027 (derived from the shipped FY2026 list and FY2027 code addenda) chosen by the discharge date
/// (issue 19): deleted codes, codes not yet valid, grouping under v44.0, the tabular entry of a new code.
@Suite("FY2027 by the discharge date, end to end", .serialized)
struct FY2027CommandTests {
    static func claim(_ principal: String, discharged date: String) -> String {
        #"{"id": "FY", "dischargeDate": "\#(date)", "age": 60, "sex": "F", "dischargeStatus": "01", "diagnoses": [{"code": "\#(principal)", "poa": "Y"}, {"code": "I10", "poa": "Y"}]}"#
    }

    static func findings(_ out: CoderProcess.Output) throws -> [[String: Any]] {
        try #require(try JSONSerialization.jsonObject(with: Data(out.stdout.utf8)) as? [[String: Any]])
    }

    @Test func aCodeDeletedInFY2027IsAnErrorNamingItsReplacements() throws {
        let out = try CoderProcess().run(["check", "--json"], stdin: Self.claim("D69.1", discharged: "2026-11-15"))
        #expect(out.status == 0, "\(out.stderr)")
        let all = try Self.findings(out)
        let deleted = try #require(all.first { $0["rule"] as? String == "code.deleted" }, "\(all)")
        #expect(deleted["severity"] as? String == "error")
        let fix = try #require(deleted["fix"] as? String)
        #expect(fix.contains("D69.11") && fix.contains("D69.19"), "\(fix)")
        // said once: not again as a heading or by the code editor as an invalid code
        #expect(
            !all.contains { ["code.header", "code.invalid", "mce.invalid-code"].contains($0["rule"] as? String ?? "") })
        // the same code on a FY2026 discharge is valid
        let before = try Self.findings(
            try CoderProcess().run(["check", "--json"], stdin: Self.claim("D69.1", discharged: "2026-09-30")))
        #expect(
            !before.contains {
                ($0["rule"] as? String ?? "").hasPrefix("code.") || $0["rule"] as? String == "mce.invalid-code"
            })
    }

    @Test func aNewCodeGroupsUnderV44AndIsNotYetValidBeforeOctober() throws {
        let claim = Self.claim("I42.01", discharged: "2026-11-15")
        let checked = try Self.findings(try CoderProcess().run(["check", "--json"], stdin: claim))
        let validity = checked.filter {
            ["code.invalid", "code.deleted", "code.not-yet-valid", "code.header", "mce.invalid-code"].contains(
                $0["rule"] as? String ?? "")
        }
        #expect(validity.isEmpty, "\(validity)")
        let grouped = try CoderProcess().run(["group", "--json"], stdin: claim)
        #expect(grouped.status == 0, "\(grouped.stderr)")
        let result = try #require(try JSONSerialization.jsonObject(with: Data(grouped.stdout.utf8)) as? [String: Any])
        #expect(result["grouperVersion"] as? String == "44.0")
        #expect(result["returnCode"] as? String == "OK", "\(result)")
        // before 1 October 2026 it is not a code yet; the fix names the FY2026 code it replaces
        let early = try Self.findings(
            try CoderProcess().run(["check", "--json"], stdin: Self.claim("I42.01", discharged: "2026-05-15")))
        let notYet = try #require(early.first { $0["rule"] as? String == "code.not-yet-valid" }, "\(early)")
        #expect(notYet["severity"] as? String == "error")
        #expect((notYet["fix"] as? String)?.contains("I42.0 Dilated cardiomyopathy") == true)
    }

    @Test func showANewCodeWithItsReleaseTitleAndInheritedNotes() throws {
        let out = try CoderProcess().run(["show", "I42.01"])
        #expect(out.status == 0, "\(out.stderr)")
        #expect(out.stdout.contains("I42.01  Familial-genetic dilated cardiomyopathy"))
        #expect(out.stdout.contains("ICD-10-CM FY2027"))
        #expect(out.stdout.contains("New in FY2027."))
        #expect(out.stdout.contains("Excludes2 — at I42 (inherited)"))
        // the FY2026 release on a date in it does not have it
        let old = try CoderProcess().run(["show", "I42.01", "--date", "2026-05-01"])
        #expect(old.status != 0)
        // a deleted code's entry names its replacements
        let gone = try CoderProcess().run(["show", "T52.8X1A"])
        #expect(gone.status != 0)
        #expect(gone.stderr.contains("T52.811A, T52.821A or T52.891A"), "\(gone.stderr)")
        let heading = try CoderProcess().run(["show", "D69.1"])
        #expect(heading.stdout.contains("report D69.11 or D69.19 instead"))
    }

    @Test func theYearsChangesByChapter() throws {
        let out = try CoderProcess().run(["codesets", "changes", "2027"])
        #expect(out.status == 0, "\(out.stderr)")
        #expect(out.stdout.hasPrefix("ICD-10-CM FY2027, in effect 2026-10-01: 190 codes added, 30 deleted, 4 retitled"))
        #expect(out.stdout.contains("D69.1     Qualitative platelet defects  → D69.11, D69.19"))
        #expect(out.stdout.contains("Chapter 9  Diseases of the circulatory system"))
        let json = try CoderProcess().run(["codesets", "changes", "2027", "--json"])
        let changes = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        let chapters = try #require(changes["chapters"] as? [[String: Any]])
        #expect(chapters.reduce(0) { $0 + (($1["added"] as? [Any])?.count ?? 0) } == 190)
        let none = try CoderProcess().run(["codesets", "changes", "2019"])
        #expect(none.status != 0 && none.stderr.contains("no ICD-10-CM code addenda for FY2019 are loaded"))
    }

    @Test func aMalformedAddendaFileImportsNothing() throws {
        let coder = CoderProcess()
        let file = coder.home.appendingPathComponent("icd10cm_codes_addenda_2028.txt")
        try "Add:         D6912   A new code\nAdded:       D6913   Not a kind of line\n".write(
            to: file, atomically: true, encoding: .utf8)
        let out = try coder.run(["codesets", "import", file.path])
        #expect(out.status != 0)
        let lines = out.stderr.split(separator: "\n")
        #expect(lines.count == 1 && lines[0].contains("icd10cm_codes_addenda_2028.txt:2"), "\(out.stderr)")
        let list = try coder.run(["codesets", "list"])
        #expect(!list.stdout.contains("2028"))
    }
}
