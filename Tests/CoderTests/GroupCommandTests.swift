import Foundation
import Testing

@Suite struct GroupCommandTests {
    static let claim = """
        {"id": "E1001", "setting": "inpatient", "admitDate": "2025-11-02", "dischargeDate": "2025-11-06", "age": 67,
         "sex": "F", "dischargeStatus": "01",
         "diagnoses": [{"code": "I50.21", "poa": "Y"}, {"code": "N17.9", "poa": "N"}],
         "procedures": [{"code": "5A1D70Z", "date": "2025-11-03"}]}
        """

    @Test func groupsTheInterfacesClaimWithItsExplanation() throws {
        let out = try CoderProcess().run(["group", "--json"], stdin: Self.claim)
        #expect(out.status == 0, "\(out.stderr)")
        let json = try #require(try JSONSerialization.jsonObject(with: Data(out.stdout.utf8)) as? [String: Any])
        #expect(json["drg"] as? String == "292")
        #expect(json["mdc"] as? String == "05")
        #expect(json["grouperVersion"] as? String == "43.0")
        #expect(json["returnCode"] as? String == "OK")
        #expect((json["weight"] as? Double ?? 0) > 0.5)
        let cc = try #require(json["ccMcc"] as? [String: Any])
        #expect(cc["counted"] as? String == "N17.9")
        #expect(cc["level"] as? String == "CC")
    }

    @Test func explicitVersionAndWhatIf() throws {
        let out = try CoderProcess().run(["group", "--grouper-version", "40.0", "--what-if"], stdin: Self.claim)
        #expect(out.status == 0, "\(out.stderr)")
        #expect(out.stdout.hasPrefix("DRG 292"))
        #expect(out.stdout.contains("grouper v40.0 (requested)"))
        #expect(out.stdout.contains("DRG 291"))
    }

    @Test func badInputIsAOneLineError() throws {
        let cases: [(String, [String], String)] = [
            (#"{"diagnoses": [{"code": "I50.21"}"#, [], "not valid JSON"),
            (#"{"diagnoses": [{"code": "I50.21", "poa": "Q"}]}"#, [], "diagnoses[0].poa"),
            (
                #"{"diagnoses": [{"code": "I50.21"}]}"#, ["--grouper-version", "37.0"],
                "grouper version 37.0 is not available"
            ),
            (
                #"{"diagnoses": [{"code": "I50.21"}], "dischargeDate": "2019-01-01"}"#, [],
                "before the earliest grouper version"
            ),
            ("", [], "empty input"),
        ]
        for (input, extra, message) in cases {
            let out = try CoderProcess().run(["group"] + extra, stdin: input)
            #expect(out.status != 0)
            #expect(out.stderr.contains(message), "\(out.stderr)")
            #expect(out.stderr.split(separator: "\n").count == 1, "\(out.stderr)")
        }
    }
}

/// A long stay (issue 19): 40 diagnoses and 30 procedures are grouped, every code read, and the output says which
/// codes an 837I or a UB-04 would not carry.
@Suite struct LongStayGroupingTests {
    @Test func aClaimWithFortyDiagnosesIsGroupedAndTheFormsLimitsSaid() throws {
        // pneumonia with 38 secondaries that are neither CC nor MCC, then acute respiratory failure (an MCC) at the 40th
        let filler = [
            "I10", "E78.5", "Z79.01", "F17.210", "R09.02", "Z95.1", "Z95.5", "F41.9", "K21.9", "E03.9", "M54.9",
            "E66.9", "G47.33", "N40.0", "K59.00", "Z79.4", "Z87.891", "Z82.49", "Z86.718", "Z91.81", "Z66", "Z79.82",
            "Z79.899", "Z88.8", "Z88.0", "Z78.1", "Z74.01", "Z99.81", "Z68.30", "Z68.31", "Z68.32", "Z68.33", "Z68.34",
            "Z68.35", "Z68.36", "Z68.37", "Z68.38", "Z68.39",
        ]
        let diagnoses = (["J18.9"] + filler + ["J96.01"]).map { #"{"code": "\#($0)", "poa": "Y"}"# }
        let procedures = (0..<30).map { _ in #"{"code": "3E0234Z"}"# }
        let claim =
            #"{"id": "LONG", "dischargeDate": "2026-11-15", "age": 70, "sex": "M", "dischargeStatus": "01", "diagnoses": [\#(diagnoses.joined(separator: ","))], "procedures": [\#(procedures.joined(separator: ","))]}"#
        let out = try CoderProcess().run(["group", "--json"], stdin: claim)
        #expect(out.status == 0, "\(out.stderr)")
        let json = try #require(try JSONSerialization.jsonObject(with: Data(out.stdout.utf8)) as? [String: Any])
        #expect(json["grouperVersion"] as? String == "44.0")
        // the 40th diagnosis counts: simple pneumonia with MCC
        #expect(json["drg"] as? String == "193", "\(json["drg"] ?? "")")
        let forms = try #require(json["beyondClaimForms"] as? [[String: Any]])
        let x837 = try #require(forms.first { $0["form"] as? String == "837I" })
        #expect((x837["diagnoses"] as? [String])?.count == 15 && (x837["diagnoses"] as? [String])?.last == "J96.01")
        #expect((x837["procedures"] as? [String])?.count == 5)
        #expect(forms.contains { $0["form"] as? String == "UB-04" })
        let text = try CoderProcess().run(["group"], stdin: claim)
        #expect(text.stdout.contains("Not on an 837I (it carries 25 diagnoses and 25 procedures)"))
    }
}
