import Foundation
import Terminology
import Testing

@testable import CodingRules

/// The shipped ICD-10-CM Tabular List (CodeSets/), loaded once.
enum RulesFixture {
    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()
    static let library: CodeSetLibrary? = {
        let locations = CodeSetLocations(
            shipped: repository.appendingPathComponent("CodeSets"),
            data: FileManager.default.temporaryDirectory.appendingPathComponent("opencoder-rules-tests-\(getpid())"))
        return try? CodeSetLoader.load(locations)
    }()
    static var tabulars: [String: TabularList]? { library?.tabulars }

    static func check(_ codes: [String], discharge: String = "2025-11-06") throws -> [Finding] {
        let tabulars = try #require(tabulars)
        let claim = Claim(
            dischargeDate: discharge, age: 60, sex: "F", diagnoses: codes.map { Claim.Diagnosis(code: $0, poa: "Y") })
        return CodeSetEdits(tabulars: tabulars, addenda: library?.addenda ?? [:]).check(claim)
    }
}

@Suite struct CodeSetEditsTests {
    func rules(_ f: [Finding]) -> [String] { f.map(\.rule) }

    // I.A.12.a: "An Excludes1 is used when two conditions cannot occur together, such as a congenital form versus
    // an acquired form of the same condition." E11 excludes type 1 diabetes (E10.-).
    @Test func type2AndType1DiabetesTogetherIsAnExcludes1Conflict() throws {
        let findings = try RulesFixture.check(["E11.9", "E10.9"])
        let f = try #require(findings.first { $0.rule == "excludes1" })
        #expect(f.severity == .error)
        #expect(Set(f.codes) == ["E11.9", "E10.9"])
        #expect(f.message.contains("Excludes1 at E1"))
        #expect(f.evidence.contains { $0.text.contains("E10") && $0.text.contains("Excludes1") })
        // reported once for the pair
        #expect(findings.filter { $0.rule.hasPrefix("excludes1") }.count == 1)
    }

    @Test func type2DiabetesAloneHasNoExcludes1() throws {
        #expect(!rules(try RulesFixture.check(["E11.9", "I10"])).contains { $0.hasPrefix("excludes1") })
    }

    // E11.22: "Use additional code to identify stage of chronic kidney disease (N18.1-N18.6)"
    @Test func diabeticCKDWithoutItsStageAsksForTheAdditionalCode() throws {
        let findings = try RulesFixture.check(["E11.22"])
        let f = try #require(findings.first { $0.rule == "use-additional-code" && $0.message.contains("N18") })
        #expect(f.severity == .warning)
        #expect(f.fix?.contains("N18.1-N18.6") == true)
        let staged = try RulesFixture.check(["E11.22", "N18.4"])
        #expect(!staged.contains { $0.rule == "use-additional-code" && $0.message.contains("N18") })
    }

    // D63.0 Anemia in neoplastic disease: "Code first neoplasm (C00-D49)"
    @Test func anemiaInNeoplasticDiseaseNeedsItsNeoplasmFirst() throws {
        let alone = try RulesFixture.check(["D63.0"])
        #expect(alone.contains { $0.rule == "code-first.missing" && $0.message.contains("C00-D49") })
        let after = try RulesFixture.check(["D63.0", "C50.911"])
        let f = try #require(after.first { $0.rule == "code-first.sequence" })
        #expect(f.severity == .error)
        #expect(f.fix == "List C50.911 before D63.0.")
        let right = try RulesFixture.check(["C50.911", "D63.0"])
        #expect(!right.contains { $0.rule.hasPrefix("code-first") })
    }

    @Test func aHeadingIsNotReportable() throws {
        let f = try #require(try RulesFixture.check(["E11"]).first)
        #expect(f.rule == "code.header")
        #expect(f.fix?.contains("E11.0 Type 2 diabetes mellitus with hyperosmolarity") == true)
        #expect(f.message.contains("10 codes below it"))
        let sub = try #require(try RulesFixture.check(["S92.0"]).first)
        #expect(sub.rule == "code.header")
    }

    @Test func anInjuryWithoutItsSeventhCharacter() throws {
        let f = try #require(try RulesFixture.check(["S92.009"]).first)
        #expect(f.rule == "code.seventh-character")
        #expect(f.fix?.contains("S92.009A") == true)
        // placeholder X: T14.90 → T14.90XA
        let t = try #require(try RulesFixture.check(["T14.90"]).first)
        #expect(t.rule == "code.seventh-character")
        #expect(t.message.contains("placeholder X"))
        #expect(t.fix?.contains("T14.90XA") == true)
        #expect(try RulesFixture.check(["S92.009A"]).filter { $0.severity == .error }.isEmpty)
    }

    @Test func aCodeThatDoesNotExist() throws {
        let f = try #require(try RulesFixture.check(["E11.99"]).first)
        #expect(f.rule == "code.invalid")
        #expect(f.fix?.contains("E11.9") == true)
    }

    @Test func aCodeReportedTwice() throws {
        let findings = try RulesFixture.check(["I10", "E78.5", "i10"])
        let f = try #require(findings.first { $0.rule == "code.duplicate" })
        #expect(f.message.contains("positions 1 and 3"))
    }

    @Test func anUnspecifiedEyeWhereSidesExist() throws {
        #expect(try RulesFixture.check(["H21.00"]).contains { $0.rule == "code.unspecified-side" })
        #expect(!(try RulesFixture.check(["H21.02"])).contains { $0.rule == "code.unspecified-side" })
        // a code with no sided siblings
        #expect(!(try RulesFixture.check(["I10"])).contains { $0.rule == "code.unspecified-side" })
    }

    @Test func theReleaseOfTheDischargeDate() throws {
        #expect(CodeSetEdits.fiscalYear(of: "2025-11-06") == 2026)
        #expect(CodeSetEdits.fiscalYear(of: "2025-09-30") == 2025)
        #expect(CodeSetEdits.fiscalYear(of: "yesterday") == nil)
        // FY2019 is not shipped: checked against the newest, with a note saying so
        let old = try RulesFixture.check(["I10"], discharge: "2018-11-02")
        #expect(old.contains { $0.rule == "claim.code-set-version" && $0.severity == .info })
    }
}

@Suite struct RuleSettingsTests {
    let sample = Finding(rule: "code.unspecified-side", severity: .warning, message: "m")

    @Test func rulesAreSwitchedOffOrChanged() throws {
        let settings = try RuleSettings(
            text:
                "# our department\ncode.unspecified-side off\nuse-additional-code error  # we insist\nmce.* warning\n",
            name: "rules.txt", known: RuleCatalog.all + [RuleDefinition("mce.age-conflict", .error, "", source: "")])
        #expect(settings.apply([sample]).isEmpty)
        #expect(settings.severity(of: "use-additional-code", default: .warning) == .error)
        #expect(settings.severity(of: "mce.age-conflict", default: .error) == .warning)
        #expect(settings.severity(of: "excludes1", default: .error) == .error)
    }

    @Test(arguments: [
        ("code.unspecified-side\n", "rules.txt:1"),
        ("no.such-rule off\n", "no rule 'no.such-rule'"),
        ("\nexcludes1 fatal\n", "rules.txt:2: 'fatal'"),
    ])
    func badLinesAreRefusedWithTheLine(_ text: String, _ message: String) {
        #expect {
            _ = try RuleSettings(text: text, name: "rules.txt")
        } throws: { error in
            "\(error)".contains(message)
        }
    }
}

/// Present-on-admission rules against the CMS FY2025 POA-exempt list in `../shared/codesets`.
@Suite struct POARulesTests {
    static let archive = RulesFixture.repository.deletingLastPathComponent()
        .appendingPathComponent("shared/codesets/icd10cm-2025/2025-poa-exempt-codes.zip")
    static let list: POAExemptList? = try? POAExemptList.read(from: archive)

    func check(_ diagnoses: [Claim.Diagnosis], setting: String = "inpatient", exempt: [String: POAExemptList]? = nil)
        throws
        -> [Finding]
    {
        let tabulars = try #require(RulesFixture.tabulars)
        var claim = Claim(setting: setting, dischargeDate: "2025-11-06", age: 67, sex: "F", diagnoses: diagnoses)
        claim.poaExempt = nil
        return CodeSetEdits(tabulars: tabulars, poaExempt: exempt ?? Self.list.map { ["2025": $0] } ?? [:]).check(claim)
    }

    @Test(.enabled(if: Self.list != nil, "the POA-exempt list is not in ../shared/codesets: skipped"))
    func indicatorsAgainstTheExemptList() throws {
        let findings = try check([
            .init(code: "I50.21"), .init(code: "N17.9", poa: "1"), .init(code: "Z87.891", poa: "Y"),
            .init(code: "Z79.4"), .init(code: "E11.9", poa: "N"),
        ])
        let byRule = Dictionary(grouping: findings.filter { $0.rule.hasPrefix("poa.") }, by: \.rule).mapValues {
            $0.flatMap(\.codes)
        }
        #expect(byRule["poa.missing"] == ["I50.21"])
        #expect(byRule["poa.exempt-indicator"] == ["N17.9"])
        #expect(byRule["poa.on-exempt-code"] == ["Z87.891"])
        // Z79.4 blank is exempt, E11.9 N is reported
        #expect(byRule.count == 3)
        // outpatient claims carry no POA
        #expect(!(try check([.init(code: "I50.21")], setting: "outpatient")).contains { $0.rule.hasPrefix("poa.") })
    }

    @Test func withoutTheListABlankIndicatorIsOnlyNoted() throws {
        let findings = try check([.init(code: "I50.21")], exempt: [:])
        #expect(findings.first { $0.rule.hasPrefix("poa.") }?.rule == "poa.unverified")
        #expect(findings.first { $0.rule.hasPrefix("poa.") }?.severity == .info)
    }
}

@Suite struct DocumentationQueryTests {
    static let summary = """
        Hospital course: Admitted with CHF exacerbation, BNP 1,200, EF 25% on echocardiogram. Treated with IV \
        furosemide. Sodium 128 on day 2.
        Discharge diagnoses: CHF exacerbation. Pneumonia.
        """

    func claim(_ codes: [String], text: String? = summary) -> Claim {
        var c = Claim(
            dischargeDate: "2025-11-06", age: 74, sex: "M", diagnoses: codes.map { .init(code: $0, poa: "Y") })
        c.documents = text.map {
            [Claim.Document(type: "discharge-summary", author: "Dr A", date: nil, signed: true, text: $0)]
        }
        return c
    }

    @Test func unspecifiedHeartFailureWithIndicatorsGetsACompliantQuery() throws {
        let findings = DocumentationQueries().queries(for: claim(["J18.9", "I50.9"]))
        let f = try #require(findings.first { $0.rule == "cdi.heart-failure-type-acuity" })
        let q = try #require(f.query)
        #expect(q.queriedCode == "I50.9")
        let quoted = q.indicators.map(\.text)
        #expect(quoted.contains("BNP 1,200") && quoted.contains("EF 25%") && quoted.contains("IV furosemide"))
        // the offsets are UTF-8 bytes of the document
        let bnp = try #require(q.indicators.first { $0.label == "BNP" })
        let bytes = Array(Self.summary.utf8)
        #expect(String(decoding: bytes[bnp.start!..<bnp.end!], as: UTF8.self) == "BNP 1,200")
        // non-leading: several answers, "other" and "clinically undetermined"; no money in the question
        #expect(q.options.count >= 5)
        #expect(
            q.options.contains { $0.label.hasPrefix("Other") }
                && q.options.contains { $0.label == "Clinically undetermined" })
        #expect(!q.question.lowercased().contains("drg") && !q.question.lowercased().contains("reimburse"))
        // a low sodium with no sodium disorder coded
        #expect(
            findings.contains {
                $0.rule == "cdi.hyponatremia-undocumented" && $0.evidence.contains { $0.text == "Sodium 128" }
            })
    }

    @Test func noQueryWithoutIndicatorsOrWhenTheCodeIsSpecific() {
        #expect(
            DocumentationQueries().queries(for: claim(["I50.9"], text: "Discharge diagnoses: heart failure.")).isEmpty)
        #expect(
            !DocumentationQueries().queries(for: claim(["I50.23"])).contains {
                $0.rule == "cdi.heart-failure-type-acuity"
            })
        #expect(
            !DocumentationQueries().queries(for: claim(["I50.9", "E87.1"])).contains {
                $0.rule == "cdi.hyponatremia-undocumented"
            })
        // a normal value is not an indicator
        #expect(DocumentationQueries().queries(for: claim(["D64.9"], text: "Hemoglobin 13.5 g/dL.")).isEmpty)
        #expect(
            !DocumentationQueries().queries(for: claim(["D64.9"], text: "Hemoglobin 6.8 g/dL, transfused.")).isEmpty)
    }

    @Test func numbersAreReadWithTheirSeparators() {
        #expect(DocumentationQueries.firstNumber(in: "BNP 1,200") == 1200)
        #expect(DocumentationQueries.firstNumber(in: "Hgb: 6.8") == 6.8)
        #expect(DocumentationQueries.firstNumber(in: "no number") == nil)
    }
}

@Suite struct DocumentationCompletenessTests {
    func claim(_ documents: [Claim.Document]?, procedures: [String] = [], setting: String = "inpatient") -> Claim {
        var c = Claim(
            setting: setting, dischargeDate: "2025-11-06", diagnoses: [.init(code: "K35.80", poa: "Y")],
            procedures: procedures.map { .init(code: $0) })
        c.documents = documents
        return c
    }

    @Test func aCompleteRecordHasNoFindings() {
        let docs = [
            Claim.Document(type: "Discharge Summary", author: "Dr A", date: "2025-11-06", signed: true, text: "…"),
            Claim.Document(type: "operative-report", author: "Dr B", date: "2025-11-03", signed: true, text: "…"),
        ]
        // 0DTJ4ZZ: laparoscopic appendectomy (resection, percutaneous endoscopic)
        #expect(DocumentationCompleteness.check(claim(docs, procedures: ["0DTJ4ZZ"])).isEmpty)
        // no documents on the claim: nothing to judge
        #expect(DocumentationCompleteness.check(claim(nil, procedures: ["0DTJ4ZZ"])).isEmpty)
    }

    @Test func unsignedUndatedAndMissingReports() {
        let docs = [Claim.Document(type: "progress-note", author: nil, date: nil, signed: false, text: "…")]
        let rules = DocumentationCompleteness.check(claim(docs, procedures: ["0DTJ4ZZ", "BW03ZZZ"])).map(\.rule)
        #expect(
            rules.contains("doc.unsigned") && rules.contains("doc.author-missing") && rules.contains("doc.date-missing")
        )
        #expect(rules.contains("doc.discharge-summary-missing"))
        // the appendectomy needs its operative report; the chest x-ray does not
        #expect(rules.filter { $0 == "doc.operative-report-missing" }.count == 1)
        // an outpatient visit has no discharge summary to miss
        let visit = DocumentationCompleteness.check(
            claim(
                [Claim.Document(type: "clinic-note", author: "Dr A", date: "2025-11-06", signed: nil)],
                setting: "outpatient"))
        #expect(visit.map(\.rule) == ["doc.signature-unknown"])
    }
}
