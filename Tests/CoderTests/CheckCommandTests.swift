import Foundation
import Testing

@Suite struct CheckCommandTests {
    /// A newborn code on a 67-year-old's claim, a repeated principal, an external cause code as principal would be
    /// next, a cesarean without an outcome of delivery, an invalid POA value.
    static let claim = """
        {"id": "E2002", "admitDate": "2025-11-02", "dischargeDate": "2025-11-06", "age": 67, "sex": "F",
         "dischargeStatus": "01",
         "diagnoses": [{"code": "O82", "poa": "Y"}, {"code": "Z38.00", "poa": "Y"}, {"code": "o82", "poa": "Q"}],
         "procedures": [{"code": "10D00Z1"}]}
        """

    @Test func findingsAsJSON() throws {
        let out = try CoderProcess().run(["check", "--json"], stdin: Self.claim)
        #expect(out.status == 0, "\(out.stderr)")
        let findings = try #require(try JSONSerialization.jsonObject(with: Data(out.stdout.utf8)) as? [[String: Any]])
        let rules = findings.compactMap { $0["rule"] as? String }
        #expect(
            Set(rules) == [
                "mce.age-conflict", "mce.duplicate-of-pdx", "mce.questionable-obstetric-admission", "mce.invalid-poa",
                // O82: "Use additional code to indicate outcome of delivery (Z37.0)"
                "use-additional-code",
                // Z38.00 (liveborn infant) may only be principal (I.C.21.c.16)
                "guideline.z-principal-only",
            ], "\(rules)")
        #expect(findings.allSatisfy { ["error", "warning", "info"].contains($0["severity"] as? String ?? "") })
        let age = try #require(findings.first { $0["rule"] as? String == "mce.age-conflict" })
        // O82 is maternity (9–64), Z38.00 newborn: both conflict with 67, and so does O82's repetition.
        #expect(findings.filter { $0["rule"] as? String == "mce.age-conflict" }.count == 3)
        #expect((age["codes"] as? [String])?.isEmpty == false)
        #expect((age["message"] as? String)?.contains("the patient is 67") == true)
        #expect(age["fix"] is String)
    }

    @Test func textReportAndACleanClaim() throws {
        let out = try CoderProcess().run(["check"], stdin: Self.claim)
        #expect(out.status == 0, "\(out.stderr)")
        #expect(out.stdout.contains("Medicare Code Editor"))
        #expect(out.stdout.contains("PREPAYMENT"))
        #expect(out.stdout.contains("mce.questionable-obstetric-admission"))
        let clean = try CoderProcess().run(
            ["check"],
            stdin:
                #"{"dischargeDate": "2025-11-06", "age": 67, "sex": "F", "dischargeStatus": "01", "diagnoses": [{"code": "I50.21", "poa": "Y"}, {"code": "N17.9", "poa": "N"}]}"#
        )
        #expect(clean.status == 0, "\(clean.stderr)")
        #expect(clean.stdout.contains("No findings."))
    }

    /// The review issue's acceptance: D63.0 as principal, E11.22 without its CKD stage, E11.9 with E10.9.
    @Test func manifestationUseAdditionalCodeAndExcludes1() throws {
        let claim =
            #"{"dischargeDate": "2025-11-06", "age": 70, "sex": "M", "dischargeStatus": "01", "diagnoses": [{"code": "D63.0", "poa": "Y"}, {"code": "E11.22", "poa": "Y"}, {"code": "E10.9", "poa": "Y"}]}"#
        let out = try CoderProcess().run(["check", "--json"], stdin: claim)
        #expect(out.status == 0, "\(out.stderr)")
        let findings = try #require(try JSONSerialization.jsonObject(with: Data(out.stdout.utf8)) as? [[String: Any]])
        func first(_ rule: String) -> [String: Any]? { findings.first { $0["rule"] as? String == rule } }
        #expect(first("mce.manifestation-as-pdx") != nil)
        let etiology = try #require(first("code-first.missing"))
        #expect((etiology["message"] as? String)?.contains("neoplasm (C00-D49)") == true)
        let stage = try #require(
            findings.first {
                $0["rule"] as? String == "use-additional-code"
                    && ($0["message"] as? String)?.contains("N18.1-N18.6") == true
            })
        #expect(stage["severity"] as? String == "warning")
        let excludes = try #require(first("excludes1"))
        #expect(Set(excludes["codes"] as? [String] ?? []) == ["E11.22", "E10.9"])
        #expect((excludes["message"] as? String)?.contains("\"type 1 diabetes mellitus (E10.-)\"") == true)
        #expect(excludes["source"] as? String == "ICD-10-CM Official Guidelines I.A.12.a")
    }

    /// The review issue's acceptance: "CHF exacerbation, BNP 1,200, EF 25%" with I50.9 coded.
    @Test func heartFailureQueryWithIndicatorsAndDRGImpact() throws {
        let claim = #"""
            {"id": "E3001", "dischargeDate": "2025-11-06", "age": 74, "sex": "M", "dischargeStatus": "01",
             "diagnoses": [{"code": "J18.9", "poa": "Y"}, {"code": "I50.9", "poa": "Y"}],
             "documents": [{"type": "discharge-summary", "author": "Dr A", "signed": true,
               "text": "Hospital course: pneumonia treated with ceftriaxone; CHF exacerbation, BNP 1,200, EF 25%."}]}
            """#
        let out = try CoderProcess().run(["check", "--json"], stdin: claim)
        #expect(out.status == 0, "\(out.stderr)")
        let findings = try #require(try JSONSerialization.jsonObject(with: Data(out.stdout.utf8)) as? [[String: Any]])
        let f = try #require(findings.first { $0["rule"] as? String == "cdi.heart-failure-type-acuity" })
        let query = try #require(f["query"] as? [String: Any])
        let quoted = (query["indicators"] as? [[String: Any]] ?? []).compactMap { $0["text"] as? String }
        #expect(quoted.contains("BNP 1,200") && quoted.contains("EF 25%") && quoted.contains("exacerbation"))
        let options = try #require(query["options"] as? [[String: Any]])
        let acute = try #require(options.first { $0["code"] as? String == "I50.21" })
        // I50.21 is an MCC beside pneumonia: DRG 195 as coded, 193 with the answer
        #expect(acute["drg"] as? String == "193")
        #expect((acute["weightChange"] as? Double ?? 0) > 0.5)
        #expect(options.contains { $0["label"] as? String == "Clinically undetermined" && $0["code"] == nil })
        let text = try CoderProcess().run(["check"], stdin: claim)
        #expect(text.stdout.contains("indicator (BNP): \"BNP 1,200\""))
        #expect(text.stdout.contains("[ ] Acute systolic (HFrEF) heart failure (I50.21) → DRG 193"))
    }

    /// The documents read with the note analysis: an uncertain outpatient diagnosis (IV.H), a coded condition the
    /// note denies, a symptom beside the diagnosis that explains it (I.B.5), a code no document names, and a
    /// documented condition nobody coded.
    @Test func codesAgainstWhatTheDocumentsSay() throws {
        let claim = #"""
            {"id": "V1", "setting": "outpatient", "dischargeDate": "2025-11-06", "age": 40, "sex": "F",
             "diagnoses": [{"code": "N39.0"}, {"code": "R30.0"}, {"code": "J18.9"}, {"code": "I10"}],
             "documents": [{"type": "clinic-note", "author": "Dr A", "date": "2025-11-06", "signed": true,
               "text": "Assessment: dysuria, possible UTI. No pneumonia. Type 2 diabetes mellitus, well controlled."}]}
            """#
        let out = try CoderProcess().run(["check", "--json"], stdin: claim)
        #expect(out.status == 0, "\(out.stderr)")
        let findings = try #require(try JSONSerialization.jsonObject(with: Data(out.stdout.utf8)) as? [[String: Any]])
        func codes(_ rule: String) -> [String] {
            findings.filter { $0["rule"] as? String == rule }.compactMap { ($0["codes"] as? [String])?.first }
        }
        #expect(codes("guideline.uncertain-outpatient") == ["N39.0"])
        #expect(codes("doc.coded-but-negated") == ["J18.9"])
        #expect(codes("guideline.integral-symptom") == ["R30.0"])
        #expect(codes("doc.unsupported-code") == ["I10"])
        #expect(codes("doc.uncoded-condition") == ["E11.9"])
        // the note supports dysuria: not reported as unsupported
        #expect(!codes("doc.unsupported-code").contains("R30.0"))
    }

    @Test func aDepartmentSwitchesRulesOffAndChangesSeverities() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("rules-\(UUID().uuidString).txt")
        defer { try? FileManager.default.removeItem(at: folder) }
        try "# ours\nuse-additional-code off\nmce.age-conflict warning\n".write(
            to: folder, atomically: true, encoding: .utf8)
        let out = try CoderProcess().run(["check", "--json", "--rules", folder.path], stdin: Self.claim)
        #expect(out.status == 0, "\(out.stderr)")
        let findings = try #require(try JSONSerialization.jsonObject(with: Data(out.stdout.utf8)) as? [[String: Any]])
        #expect(!findings.contains { $0["rule"] as? String == "use-additional-code" })
        #expect(
            findings.filter { $0["rule"] as? String == "mce.age-conflict" }.allSatisfy {
                $0["severity"] as? String == "warning"
            })
        try "use-additional-code sometimes\n".write(to: folder, atomically: true, encoding: .utf8)
        let bad = try CoderProcess().run(["check", "--rules", folder.path], stdin: Self.claim)
        #expect(bad.status != 0)
        #expect(bad.stderr.contains(":1: 'sometimes'"), "\(bad.stderr)")
        let list = try CoderProcess().run(["check", "--list-rules"])
        #expect(list.stdout.contains("excludes1") && list.stdout.contains("mce.age-conflict"))
    }

    @Test func badInputIsAOneLineError() throws {
        let cases: [(String, String)] = [
            (#"{"diagnoses": [{"code": "I50.21"}"#, "not valid JSON"),
            (#"{"diagnoses": [{"code": "I50.21"}], "dischargeDate": "11/06/2025x"}"#, "dischargeDate"),
            ("", "empty input"),
        ]
        for (input, message) in cases {
            let out = try CoderProcess().run(["check"], stdin: input)
            #expect(out.status != 0)
            #expect(out.stderr.contains(message), "\(out.stderr)")
            #expect(out.stderr.split(separator: "\n").count == 1, "\(out.stderr)")
        }
    }
}
