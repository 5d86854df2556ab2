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
            stdin: #"{"dischargeDate": "2025-11-06", "age": 67, "sex": "F", "dischargeStatus": "01", "diagnoses": [{"code": "I50.21", "poa": "Y"}, {"code": "N17.9", "poa": "N"}]}"#)
        #expect(clean.status == 0, "\(clean.stderr)")
        #expect(clean.stdout.contains("No findings."))
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
