import Foundation
import MSDRG
import Terminology
import Testing

extension Shipped {
    static let editor: MedicareCodeEditor = try! MedicareCodeEditor.load(codeSets: codeSets)

    static func edit(
        _ pdx: String, _ sdx: [String] = [], procedures: [String] = [], day: Int? = 20_251_115, admitDay: Int? = nil,
        age: Int? = 67, sex: MCEClaim.Sex = .female, status: Int? = 1
    ) -> MCEResult {
        editor.edit(
            MCEClaim(
                dischargeDay: day, admitDay: admitDay, age: age, sex: sex, dischargeStatus: status,
                principal: .init(pdx), secondary: sdx.map { .init($0) }, procedures: procedures.map { .init($0) }))
    }
}

/// Every edit with a claim that must fire it and one that must not. The codes' flags are those of the CMS editor's
/// tables (shipped from msdrg 1.2.0); the expected edits are the ones msdrg's editor gives for the same claims.
@Suite struct CodeEditorTests {
    @Test func aCleanClaimHasNoEdits() {
        let r = Shipped.edit("I50.21", ["N17.9", "E11.22"], procedures: ["5A1D70Z"])
        #expect(r.editType == .none)
        #expect(r.hits.isEmpty)
        #expect(Shipped.editor.tables.lastDay == 20_270_331)
    }

    @Test func invalidCodesForTheDischargeDate() {
        // N40.0 is valid since FY2016; I50.2 is a header; 0DT is three characters.
        let r = Shipped.edit("I50.2", ["N40.0", "XYZ!"], procedures: ["0DT"])
        #expect(r.count(.invalidCode) == 3)
        #expect(r.hits.filter { $0.edit == .invalidCode }.map(\.code) == ["I50.2", "XYZ!", "0DT"])
        #expect(r.editType == .prepayment)
        // A code deleted at the end of FY2016 (P07.30 is still valid; D80.7's newborn flag ended then): U07.1 (COVID-19)
        // starts April 1, 2020.
        #expect(Shipped.edit("U07.1", day: 20_200_331).count(.invalidCode) == 1)
        #expect(Shipped.edit("U07.1", day: 20_200_401).count(.invalidCode) == 0)
        // Blank and all-zero secondary or procedure slots are empty, as on the UB-04; an all-zero principal is not.
        #expect(Shipped.edit("J18.9", ["000000"], procedures: ["0000000"]).hits.isEmpty)
        #expect(Shipped.edit("0000").count(.invalidCode) == 1)
    }

    @Test func dischargeDateOutsideTheTables() {
        let r = Shipped.edit("I10", day: 20_270_401)
        #expect(r.editType == .invalidDischargeDate)
        #expect(r.findings.map(\.rule) == ["mce.invalid-discharge-date"])
        #expect(Shipped.edit("I10", day: nil).editType == .invalidDischargeDate)
        #expect(Shipped.edit("J18.9", day: 20_270_331).editType == .none)
    }

    @Test func sexConflictAndUnknownSexFromOctober2024() {
        // C61 (prostate cancer) was flagged male until September 30, 2024, when CMS removed the sex edits' flags.
        #expect(Shipped.edit("C61", day: 20_230_601, sex: .female).count(.sexConflict) == 1)
        #expect(Shipped.edit("C61", day: 20_230_601, sex: .male).count(.sexConflict) == 0)
        #expect(Shipped.edit("C61", day: 20_251_115, sex: .female).count(.sexConflict) == 0)
        #expect(Shipped.edit("C61", sex: .unknown, status: 1).count(.sexConflict) == 0)
        let before = Shipped.edit("C61", day: 20_240_930, sex: .unknown)
        #expect(before.count(.sexConflict) == 1)
        #expect(before.count(.invalidSex) == 1)
        #expect(Shipped.edit("I10", sex: .invalid("X")).count(.invalidSex) == 1)
        // 0VT00ZZ (prostatectomy) carried the male flag until September 30, 2024.
        #expect(Shipped.edit("I10", procedures: ["0VT00ZZ"], day: 20_240_930, sex: .female).count(.sexConflict) == 1)
        #expect(Shipped.edit("I10", procedures: ["0VT00ZZ"], day: 20_241_001, sex: .female).count(.sexConflict) == 0)
    }

    @Test func ageConflictsByGroup() {
        // Z38.00 (single liveborn, born in hospital) is a newborn code (age 0).
        #expect(Shipped.edit("Z38.00", age: 0).count(.ageConflict) == 0)
        let adult = Shipped.edit("Z38.00", age: 67)
        #expect(adult.count(.ageConflict) == 1)
        #expect(adult.hits.first { $0.edit == .ageConflict }?.message.contains("newborn") == true)
        // O80 (normal delivery) is maternity: ages 9–64 from FY2020, 12–55 before.
        #expect(Shipped.edit("O80", age: 70).count(.ageConflict) == 1)
        #expect(Shipped.edit("O80", age: 64).count(.ageConflict) == 0)
        #expect(Shipped.edit("O80", day: 20_190_930, age: 60).count(.ageConflict) == 1)
        #expect(Shipped.edit("O80", age: 10).count(.ageConflict) == 0)
        #expect(Shipped.edit("O80", age: nil).count(.invalidAge) == 1)
        #expect(Shipped.edit("I10", age: 125).count(.invalidAge) == 1)
    }

    @Test func principalDiagnosisEdits() {
        // External cause, manifestation, unacceptable, questionable admission.
        #expect(Shipped.edit("V00.01XA").count(.externalCauseAsPrincipal) == 1)
        #expect(Shipped.edit("I10", ["V00.01XA"]).count(.externalCauseAsPrincipal) == 0)
        #expect(Shipped.edit("G63").count(.manifestationAsPrincipal) == 1)
        #expect(Shipped.edit("E11.42", ["G63"]).count(.manifestationAsPrincipal) == 0)
        #expect(Shipped.edit("Z99.89").count(.unacceptablePrincipal) == 1)
        #expect(Shipped.edit("I10", ["Z99.89"]).count(.unacceptablePrincipal) == 0)
        let qadm = try! #require(
            Shipped.editor.tables.diagnosisCodes(on: 20_251_115).first { $0.1.contains(.questionableAdmission) })
        #expect(Shipped.edit(qadm.0.string).count(.questionableAdmission) == 1)
        #expect(Shipped.edit("J18.9", [qadm.0.string]).count(.questionableAdmission) == 0)
        // Essential hypertension alone is a questionable reason to admit.
        #expect(Shipped.edit("I10").count(.questionableAdmission) == 1)
    }

    @Test func requiresSecondaryDiagnosis() throws {
        let code = try #require(
            Shipped.editor.tables.diagnosisCodes(on: 20_251_115).first {
                $0.1.contains(.requiresSecondary) && $0.1.contains(.unacceptablePrincipal)
            }
        ).0.string
        #expect(Shipped.edit(code).count(.requiresSecondary) == 1)
        #expect(Shipped.edit(code).count(.unacceptablePrincipal) == 0)
        #expect(Shipped.edit(code, ["I10"]).count(.requiresSecondary) == 0)
    }

    @Test func duplicateOfPrincipalIgnoresDotsAndCase() {
        let r = Shipped.edit("I50.21", ["i5021", "N17.9"])
        #expect(r.count(.duplicateOfPrincipal) == 1)
        #expect(r.hits.first?.position == 1)
        #expect(Shipped.edit("I50.21", ["I50.22"]).count(.duplicateOfPrincipal) == 0)
    }

    @Test func unspecifiedAndWrongProcedure() throws {
        let unspecified = try #require(
            Shipped.editor.tables.diagnosisCodes(on: 20_251_115).first { $0.1.contains(.unspecified) }
        ).0.string
        #expect(Shipped.edit(unspecified).count(.unspecified) == 1)
        #expect(Shipped.edit("I10", [unspecified]).count(.unspecified) == 1)
        // Y65.51 (performance of wrong procedure on correct patient).
        #expect(Shipped.edit("I10", ["Y65.51"]).count(.wrongProcedurePerformed) == 1)
    }

    @Test func deliveryWithoutAnOutcomeOfDelivery() {
        // 10D00Z1 (low cervical cesarean section) needs a Z37 code among the secondary diagnoses.
        #expect(Shipped.edit("O80", procedures: ["10D00Z1"], age: 30).count(.questionableObstetricAdmission) == 1)
        #expect(
            Shipped.edit("O80", ["Z37.0"], procedures: ["10D00Z1"], age: 30).count(.questionableObstetricAdmission) == 0
        )
        // As principal, Z37.0 does not count.
        #expect(Shipped.edit("Z37.0", procedures: ["10D00Z1"], age: 30).count(.questionableObstetricAdmission) == 1)
    }

    @Test func nonCoveredAndLimitedCoverage() throws {
        let tables = Shipped.editor.tables
        let day = 20_251_115
        let pancreas = try #require(tables.procedureCodes(on: day).first { $0.1.contains(.pancreasTransplant) }).0
            .string
        let kidney = try #require(tables.procedureCodes(on: day).first { $0.1.contains(.kidneyTransplant) }).0.string
        let type1 = try #require(tables.diagnosisCodes(on: day).first { $0.1.contains(.type1Diabetes) }).0.string
        #expect(Shipped.edit("N18.6", procedures: [pancreas]).count(.nonCovered) == 1)
        #expect(Shipped.edit("N18.6", procedures: [pancreas, kidney]).count(.nonCovered) == 0)
        #expect(Shipped.edit(type1, procedures: [pancreas]).count(.nonCovered) == 0)
        // A non-covered procedure is not also limited coverage; a covered one that is flagged lcov is.
        let limited = try #require(tables.procedureCodes(on: day).first { $0.1 == [.limitedCoverage] }).0.string
        #expect(Shipped.edit("I10", procedures: [limited]).count(.limitedCoverage) == 1)
        let always = try #require(tables.procedureCodes(on: day).first { $0.1.contains(.noncoveredAlways) }).0.string
        #expect(Shipped.edit("I10", procedures: [always]).count(.nonCovered) == 1)
        // Artificial heart (flags in effect until March 31, 2022): both parts without a clinical trial are non-covered;
        // with Z00.6, limited coverage.
        let heartDay = 20_211_115
        let partA = try #require(tables.procedureCodes(on: heartDay).first { $0.1.contains(.artificialHeartA) }).0
            .string
        let partB = try #require(tables.procedureCodes(on: heartDay).first { $0.1.contains(.artificialHeartB) }).0
            .string
        #expect(Shipped.edit("I50.84", procedures: [partA, partB], day: heartDay).count(.nonCovered) == 2)
        let trial = Shipped.edit("I50.84", ["Z00.6"], procedures: [partA, partB], day: heartDay)
        #expect(trial.count(.nonCovered) == 0)
        #expect(trial.count(.limitedCoverage) == 2)
        #expect(Shipped.edit("I50.84", procedures: [partA], day: heartDay).count(.nonCovered) == 0)
    }

    @Test func ventilationAndTheLengthOfStay() {
        // 5A1955Z (ventilation over 96 consecutive hours) with a stay shorter than 5 days; no admission date, no edit.
        #expect(
            Shipped.edit("J96.01", procedures: ["5A1955Z"], day: 20_251_115, admitDay: 20_251_112).count(
                .inconsistentWithLengthOfStay) == 1)
        #expect(
            Shipped.edit("J96.01", procedures: ["5A1955Z"], day: 20_251_115, admitDay: 20_251_110).count(
                .inconsistentWithLengthOfStay) == 0)
        #expect(
            Shipped.edit("J96.01", procedures: ["5A1955Z"], day: 20_251_115).count(.inconsistentWithLengthOfStay) == 0)
    }

    @Test func dischargeStatusByDate() {
        #expect(Shipped.edit("I10", status: 99).count(.invalidDischargeStatus) == 1)
        #expect(Shipped.edit("I10", status: nil).count(.invalidDischargeStatus) == 1)
        // 69 (to a designated disaster alternative care site) is valid from FY2014.
        #expect(Shipped.edit("I10", status: 69).count(.invalidDischargeStatus) == 0)
        #expect(Shipped.edit("I10", status: 20).count(.invalidDischargeStatus) == 0)
    }

    @Test func findingsCarryRuleSeverityCodeAndFix() throws {
        let r = Shipped.edit("V00.01XA", ["V00.01XA"], age: 67, sex: .male)
        let f = r.findings
        #expect(f.map(\.rule) == ["mce.e-code-as-pdx", "mce.duplicate-of-pdx"])
        #expect(f.allSatisfy { $0.severity == .error })
        #expect(f[1].codes == ["V00.01XA"])
        #expect(f[1].evidence.first?.field == "diagnoses[1]")
        #expect(f[0].source == "Medicare Code Editor: E_CODE_AS_PDX")
        #expect(f[0].fix?.isEmpty == false)
    }

    @Test func invalidPOAIsAFindingNotAnEditCount() {
        let claim = MCEClaim(
            dischargeDay: 20_251_115, age: 67, sex: .female, dischargeStatus: 1, principal: .init("I50.21", poa: "Y"),
            secondary: [.init("N17.9", poa: "X"), .init("E11.22", poa: "1")])
        let r = Shipped.editor.edit(claim)
        #expect(r.findings.map(\.rule) == ["mce.invalid-poa"])
        #expect(r.findings.first?.severity == .error)
        #expect(r.editType == .none)
    }

    @Test func readsTheINTERFACESClaim() throws {
        let json = """
            {"id":"E1","dischargeDate":"2025-11-06","admitDate":"2025-11-04","age":"67","sex":"m","dischargeStatus":"1",
             "diagnoses":[{"code":"c61"},{"code":"C61"}],"procedures":[{"code":"5A1955Z"}]}
            """
        let claim = try Claim.decode(Data(json.utf8), source: "test")
        let r = Shipped.editor.edit(MCEClaim(claim))
        #expect(r.edits.map(\.edit) == [.duplicateOfPrincipal, .inconsistentWithLengthOfStay])
    }
}
