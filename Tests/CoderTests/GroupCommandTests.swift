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
            (#"{"diagnoses": [{"code": "I50.21"}]}"#, ["--grouper-version", "37.0"], "grouper version 37.0 is not available"),
            (#"{"diagnoses": [{"code": "I50.21"}], "dischargeDate": "2019-01-01"}"#, [], "before the earliest grouper version"),
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
