import Foundation
import MSDRG
import Testing

/// The answer alone (`assign`, what bulk grouping uses) must carry the same numbers as the explained result
/// (`group`, what `coder group` prints), whatever path the claim takes.
@Suite struct GroupingOutcomeTests {
    static func claim(
        _ pdx: String, _ sdx: [(String, Character?)] = [], procedures: [String] = [], status: Int = 1,
        sex: GrouperClaim.Sex = .female, exempt: Bool = false
    ) -> GrouperClaim {
        GrouperClaim(
            principal: .init(pdx, poa: "Y"), secondary: sdx.map { .init($0.0, poa: $0.1) }, procedures: procedures,
            age: 67, sex: sex, dischargeStatus: status, poaExempt: exempt)
    }

    static let claims: [GrouperClaim] = [
        claim("I50.21", [("N17.9", "N"), ("E11.22", "Y")]),
        claim("I2101", [("J9601", "Y")], status: 20),
        claim("J9601", procedures: ["5A1522F"]),
        claim("M1611", procedures: ["0SR9019", "0SRB019"]),
        claim("I5021", procedures: ["0DTJ4ZZ"]),
        claim("XXXX"),
        claim("V0001XA"),
        claim("I5021", [("S72001A", "N")]),
        claim("I5021", [("S72001A", "N")], exempt: true),
        claim("I5021", [("S72001A", nil)]),
        claim("I5021", [("S72001A", "Y")], status: 99),
        claim("N40.0", sex: .unknown),
        claim("Z3800", [("P0735", "Y")]),
        claim("", [("not a code!", "Y")], procedures: ["nonsense"]),
        // More than eight secondaries: POA indicators span two words of the packed claim.
        claim(
            "I5021",
            [
                ("E119", "Y"), ("I10", "Y"), ("N179", "Y"), ("E785", "Y"), ("Z794", "Y"), ("J449", "Y"),
                ("K219", "Y"), ("F329", "Y"), ("S72001A", "N"), ("J9601", "U"),
            ]),
        // A valve replacement with a bypass (a procedure cluster).
        claim("I350", procedures: ["02RF38Z", "021009W"]),
    ]

    @Test func assignCarriesTheNumbersOfGroup() throws {
        let session = Shipped.grouper.makeSession()
        for version in Shipped.grouper.versions {
            for c in Self.claims {
                let r = try session.group(c, version: version)
                let o = try session.assign(PackedClaim(c), version: version)
                #expect(
                    o.drg == r.drg && o.mdc == r.mdc && o.returnCode == r.returnCode, "\(c.principal.code) \(version)")
                #expect(o.baseDRG == r.final.baseDRG && o.severity == r.final.severity)
                #expect(o.initialDRG == r.initial.drg && o.initialMDC == r.initial.mdc)
                #expect(o.initialReturnCode == r.initial.returnCode && o.initialSeverity == r.initial.severity)
                let hacs = r.hacs.filter { $0.status == "criteria-met" }.map(\.number)
                #expect(o.hospitalAcquiredConditions == Array(Set(hacs)).sorted())
            }
        }
    }

    @Test func outcomeOfTheHACClaim() throws {
        let o = try Shipped.grouper.assign(Self.claim("I5021", [("S72001A", "N")]), version: Shipped.v431)
        #expect(o.initialDRG != o.drg)
        #expect(o.hospitalAcquiredConditions == [5])
    }

    @Test func packedClaimKeepsCodesAndPOA() {
        var packed = PackedClaim(Self.claims[14])
        #expect(packed.secondaryCount == 10)
        #expect(packed.principalCode?.string == "I5021")
        packed.appendSecondary(PackedCode("J9601"), poa: "y")
        #expect(packed.secondaryCount == 11)
        #expect(
            packed
                == PackedClaim(
                    Self.claim("I5021", Self.claims[14].secondary.map { ($0.code, $0.poa) } + [("J9601", "Y")])))
    }

    @Test func assignChecksTheLimits() {
        // a long stay is read whole (25 secondaries and 30 procedures, as msdrg does); beyond what a claim holds is refused
        let long = GrouperClaim(
            principal: .init("I5021"), secondary: Array(repeating: .init("E119"), count: 25),
            procedures: Array(repeating: "5A1D70Z", count: 30))
        #expect(throws: Never.self) { try Shipped.grouper.assign(long, version: Shipped.v431) }
        let many = GrouperClaim(
            principal: .init("I5021"),
            secondary: Array(repeating: .init("E119"), count: GrouperClaim.maximumSecondaryDiagnoses + 1))
        #expect(throws: GrouperError.self) { try Shipped.grouper.assign(many, version: Shipped.v431) }
        let procedures = GrouperClaim(
            principal: .init("I5021"),
            procedures: Array(repeating: "5A1D70Z", count: GrouperClaim.maximumProcedures + 1))
        #expect(throws: GrouperError.self) { try Shipped.grouper.assign(procedures, version: Shipped.v431) }
        #expect(throws: GrouperError.self) {
            try Shipped.grouper.assign(GrouperClaim(principal: .init("I5021")), version: GrouperVersion(number: 370))
        }
    }
}
