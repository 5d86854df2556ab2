import Foundation
import Terminology
import Testing

@testable import CodingRules

/// Every rule with claims on which it must fire and claims on which it must not, from the guideline text and the
/// classification's own notes.
@Suite struct GuidelineRulesTests {
    struct Case: CustomTestStringConvertible, Sendable {
        var rule: String
        var codes: [String]
        var fires: Bool
        var why: String
        var discharge = "2025-11-06"
        var testDescription: String {
            "\(rule) \(fires ? "fires" : "quiet") on \(codes.joined(separator: " ")) discharged \(discharge): \(why)"
        }
    }

    static let cases: [Case] = [
        // I.C.21.c.16: Z38 may only be principal; Z00.6 and Z52.9 are the exceptions of the list
        Case(
            rule: "guideline.z-principal-only", codes: ["P07.30", "Z38.00"], fires: true, why: "liveborn infant second"),
        Case(
            rule: "guideline.z-principal-only", codes: ["Z38.00", "P07.30"], fires: false, why: "liveborn infant first"),
        Case(rule: "guideline.z-principal-only", codes: ["I10", "Z00.6"], fires: false, why: "Z00.6 is an exception"),
        Case(rule: "guideline.z-principal-only", codes: ["I10", "Z52.9"], fires: false, why: "Z52.9 is an exception"),
        Case(
            rule: "guideline.z-principal-only", codes: ["I10", "Z51.11"], fires: true,
            why: "chemotherapy encounter second"),
        // I.B.14, I.C.20.a.6, I.C.1.c: codes that are only ever secondary
        Case(rule: "guideline.secondary-only", codes: ["Z68.41", "E66.01"], fires: true, why: "BMI first"),
        Case(
            rule: "guideline.secondary-only", codes: ["E66.01", "Z68.41"], fires: false, why: "BMI after the obesity"),
        Case(
            rule: "guideline.secondary-only", codes: ["W19.XXXA", "S72.001A"], fires: true, why: "external cause first"),
        Case(
            rule: "guideline.secondary-only", codes: ["S72.001A", "W19.XXXA"], fires: false,
            why: "external cause after the injury"),
        Case(
            rule: "guideline.secondary-only", codes: ["Z16.11", "N39.0"], fires: true,
            why: "resistance before the infection"),
        Case(rule: "guideline.secondary-only", codes: ["N39.0", "Z16.11"], fires: false, why: "infection first"),
        Case(
            rule: "guideline.secondary-only", codes: ["Z59.02"], fires: false, why: "homelessness may be first-listed"),
        Case(
            rule: "guideline.secondary-only", codes: ["Z56.0", "F32.A"], fires: true, why: "unemployment (SDOH) first"),
        // I.B.10 and I.C.19.a: scar (L90.5) from a burn, deviated septum (J34.2) from a nasal fracture, tubal
        // infertility (N97.1) from old tuberculosis
        Case(
            rule: "guideline.sequela-sequence", codes: ["T21.21XS", "L90.5"], fires: true,
            why: "the burn sequela before the scar"),
        Case(
            rule: "guideline.sequela-sequence", codes: ["L90.5", "T21.21XS"], fires: false,
            why: "scar first, burn after"),
        Case(
            rule: "guideline.sequela-sequence", codes: ["B90.9", "N97.1"], fires: true, why: "old tuberculosis first"),
        Case(
            rule: "guideline.sequela-sequence", codes: ["N97.1", "B90.9"], fires: false, why: "the infertility first"),
        Case(
            rule: "guideline.sequela-sequence", codes: ["I69.351", "I10"], fires: false,
            why: "I69 includes the deficit (exception)"),
        Case(
            rule: "guideline.sequela-nature-missing", codes: ["S02.2XXS", "W01.XXXS"], fires: true,
            why: "no residual condition"),
        Case(
            rule: "guideline.sequela-nature-missing", codes: ["J34.2", "S02.2XXS"], fires: false,
            why: "deviated septum coded"),
        Case(
            rule: "guideline.sequela-with-acute", codes: ["J34.2", "S02.2XXS", "S02.2XXA"], fires: true,
            why: "acute phase and late effect of one fracture"),
        Case(
            rule: "guideline.sequela-with-acute", codes: ["L90.5", "T21.21XS", "T21.21XA"], fires: false,
            why: "burns may have both (I.C.19.d.8)"),
        // I.B.9: combination codes, and the hypertension combinations of I.C.9.a
        Case(
            rule: "combination.component", codes: ["E11.22", "E11.9", "N18.31"], fires: true, why: "E11.9 beside E11.22"
        ),
        Case(
            rule: "combination.component", codes: ["E11.22", "E11.40", "N18.31"], fires: false,
            why: "two complications of diabetes (I.C.4.a)"),
        Case(
            rule: "combination.component", codes: ["J44.1", "J44.9"], fires: true,
            why: "COPD unspecified beside its exacerbation"),
        Case(
            rule: "combination.component", codes: ["J44.0", "J44.1", "J18.9"], fires: false,
            why: "COPD with infection and with exacerbation together"),
        Case(
            rule: "combination.component", codes: ["I11.0", "I50.22", "I10"], fires: true,
            why: "I10 beside hypertensive heart disease"),
        Case(
            rule: "combination.component", codes: ["I11.0", "I50.22"], fires: false,
            why: "I11.0 asks for the type of heart failure"),
        Case(
            rule: "combination.component", codes: ["I13.10", "I12.9", "N18.31"], fires: true,
            why: "I13 combines I11 and I12"),
        Case(
            rule: "combination.missed", codes: ["I50.22", "I10"], fires: true,
            why: "hypertension with heart failure is presumed linked"),
        Case(
            rule: "combination.missed", codes: ["N18.31", "I10"], fires: true,
            why: "hypertension with CKD is presumed linked"),
        Case(
            rule: "combination.missed", codes: ["J44.1", "I10"], fires: false,
            why: "COPD is not a hypertensive condition"),
        Case(
            rule: "combination.component", codes: ["C56.9", "C79.60"], fires: false,
            why: "a secondary neoplasm is another condition"),
        Case(
            rule: "combination.component", codes: ["R31.0", "R31.9"], fires: true,
            why: "unspecified hematuria beside gross hematuria"),
        Case(rule: "combination.missed", codes: ["I11.0", "I50.22"], fires: false, why: "already the combination"),
        // I.A.12.a: Excludes1, and its exception for unrelated conditions (F45.8 with G47.63)
        Case(rule: "excludes1", codes: ["E11.9", "E10.9"], fires: true, why: "type 1 and type 2 together"),
        Case(rule: "excludes1", codes: ["E11.9", "I10"], fires: false, why: "no note between them"),
        Case(
            rule: "excludes1.unrelated-query", codes: ["F45.8", "G47.63"], fires: true,
            why: "different body systems: query"),
        Case(
            rule: "excludes1", codes: ["F45.8", "G47.63"], fires: false, why: "not an error: the exception may apply"),
        Case(
            rule: "excludes1.unrelated-query", codes: ["E11.9", "E10.9"], fires: false,
            why: "same body system: a plain conflict"),
        // I.A.17: Code also, unconditional (K86.0 → exocrine pancreatic insufficiency K86.81)
        Case(rule: "code-also", codes: ["K86.0"], fires: true, why: "K86.81 not coded"),
        Case(rule: "code-also", codes: ["K86.0", "K86.81"], fires: false, why: "K86.81 coded"),
        Case(rule: "code-also", codes: ["I50.21"], fires: false, why: "I50.2's note is `if applicable`"),
        // I.A.13: Use additional code, Code first
        Case(rule: "use-additional-code", codes: ["E11.22"], fires: true, why: "no CKD stage"),
        Case(rule: "use-additional-code", codes: ["E11.22", "N18.4"], fires: false, why: "stage coded"),
        Case(rule: "code-first.missing", codes: ["D63.0"], fires: true, why: "no neoplasm"),
        Case(
            rule: "code-first.missing", codes: ["I50.21"], fires: false,
            why: "a list of possible causes is not required"),
        Case(rule: "code-first.sequence", codes: ["D63.0", "C50.911"], fires: true, why: "neoplasm after the anemia"),
        Case(rule: "code-first.sequence", codes: ["C50.911", "D63.0"], fires: false, why: "neoplasm first"),
        // I.A.2, I.A.4-5, I.A.6, I.B.13, III.B
        Case(rule: "code.header", codes: ["E11"], fires: true, why: "a category with codes below it"),
        Case(rule: "code.header", codes: ["I10"], fires: false, why: "a category that is itself a code"),
        Case(rule: "code.seventh-character", codes: ["T14.90"], fires: true, why: "no 7th character"),
        Case(rule: "code.seventh-character", codes: ["T14.90XA"], fires: false, why: "complete"),
        Case(rule: "code.invalid", codes: ["E11.99"], fires: true, why: "no such code"),
        // the code addenda of FY2027: D69.1 became a heading, I42.01 a new code, on 1 October 2026
        Case(rule: "code.deleted", codes: ["D69.1"], fires: true, why: "deleted in FY2027", discharge: "2026-11-15"),
        Case(
            rule: "code.deleted", codes: ["D69.1"], fires: false, why: "still a code in FY2026", discharge: "2026-09-30"
        ),
        Case(
            rule: "code.not-yet-valid", codes: ["I42.01"], fires: true, why: "added in FY2027", discharge: "2026-09-30"),
        Case(rule: "code.not-yet-valid", codes: ["I42.01"], fires: false, why: "in effect", discharge: "2026-10-01"),
        Case(rule: "code.invalid", codes: ["e1165"], fires: false, why: "lower case, no dot"),
        Case(rule: "code.duplicate", codes: ["I10", "E78.5", "I10"], fires: true, why: "twice"),
        Case(rule: "code.duplicate", codes: ["I10", "E78.5"], fires: false, why: "once each"),
        Case(rule: "code.unspecified-side", codes: ["H21.00"], fires: true, why: "unspecified eye"),
        Case(rule: "code.unspecified-side", codes: ["H21.02"], fires: false, why: "left eye"),
    ]

    @Test(arguments: cases)
    func rule(_ c: Case) throws {
        let findings = try RulesFixture.check(c.codes, discharge: c.discharge)
        let fired = findings.contains { $0.rule == c.rule }
        #expect(fired == c.fires, "\(findings.map { "\($0.rule): \($0.message)" })")
        if fired, let f = findings.first(where: { $0.rule == c.rule }) {
            // every finding says where it comes from and how to fix it
            #expect(f.source?.isEmpty == false && f.fix?.isEmpty == false)
        }
    }

    @Test func everyCodeSetRuleHasACaseEachWay() {
        let covered = Dictionary(grouping: Self.cases, by: \.rule).mapValues { Set($0.map(\.fires)) }
        let codeRules = RuleCatalog.all.map(\.id).filter {
            !$0.hasPrefix("cdi.") && !$0.hasPrefix("doc.") && !$0.hasPrefix("poa.") && $0 != "claim.code-set-version"
                && $0 != "use-additional-code.if-applicable"
        }
        for id in codeRules {
            #expect(covered[id] == [true, false], "rule \(id) needs a case that fires and one that does not")
        }
    }

    @Test func theCombinationNamesBothCodesAndTheFix() throws {
        let f = try #require(
            try RulesFixture.check(["E11.22", "E11.9", "N18.31"]).first { $0.rule == "combination.component" })
        #expect(f.codes == ["E11.9", "E11.22"])
        #expect(f.fix == "Remove E11.9: E11.22 already reports it.")
        let missed = try #require(
            try RulesFixture.check(["I50.22", "N18.31", "I10"]).first { $0.rule == "combination.missed" })
        #expect(missed.message.contains("I13.0"))
        let heart = try #require(try RulesFixture.check(["I51.9", "I10"]).first { $0.rule == "combination.missed" })
        #expect(heart.fix?.hasPrefix("Replace I10 by I11.9") == true)
    }

    @Test func titleWordsDropWhatSaysNothingMore() {
        #expect(
            CodeSetEdits.titleWords("Type 2 diabetes mellitus without complications") == [
                "type", "2", "diabetes", "mellitus",
            ])
        #expect(
            CodeSetEdits.titleWords("Chronic obstructive pulmonary disease, unspecified") == [
                "chronic", "obstructive", "pulmonary", "disease",
            ])
        #expect(
            CodeSetEdits.titleWords("Acute respiratory failure, unspecified whether with hypoxia or hypercapnia") == [
                "acute", "respiratory", "failure",
            ])
    }
}

/// Each CDI query opens on its coded condition with clinical indicators in the record, and stays closed when the code
/// is already specific or when nothing in the record supports it.
@Suite struct DocumentationQueryCaseTests {
    struct Case: CustomTestStringConvertible, Sendable {
        var rule: String
        var codes: [String]
        var text: String
        var fires: Bool
        var testDescription: String {
            "\(rule) \(fires ? "fires" : "quiet"): \(codes.joined(separator: " ")) / \(text)"
        }
    }

    static let cases: [Case] = [
        Case(
            rule: "cdi.malnutrition-severity", codes: ["E46"], text: "BMI 16.2, albumin 2.1 g/dL, poor oral intake.",
            fires: true),
        Case(
            rule: "cdi.malnutrition-severity", codes: ["E43"], text: "BMI 16.2, albumin 2.1 g/dL, poor oral intake.",
            fires: false),
        Case(rule: "cdi.malnutrition-severity", codes: ["E46"], text: "BMI 24.5, albumin 4.0 g/dL.", fires: false),
        Case(
            rule: "cdi.respiratory-failure-acuity", codes: ["J96.90"], text: "SpO2 84% on room air, placed on BiPAP.",
            fires: true),
        Case(
            rule: "cdi.respiratory-failure-acuity", codes: ["J96.01"], text: "SpO2 84% on room air, placed on BiPAP.",
            fires: false),
        Case(rule: "cdi.respiratory-failure-acuity", codes: ["J96.90"], text: "SpO2 97% on room air.", fires: false),
        Case(
            rule: "cdi.sepsis-organ-dysfunction", codes: ["A41.9", "N39.0"],
            text: "Lactate 4.1, started on norepinephrine.", fires: true),
        Case(
            rule: "cdi.sepsis-organ-dysfunction", codes: ["A41.9", "R65.21", "N39.0"],
            text: "Lactate 4.1, started on norepinephrine.", fires: false),
        Case(
            rule: "cdi.sepsis-organ-dysfunction", codes: ["A41.9", "N39.0"], text: "Lactate 1.2, MAP 78.", fires: false),
        Case(rule: "cdi.hyponatremia-undocumented", codes: ["J18.9"], text: "Sodium 128 on admission.", fires: true),
        Case(
            rule: "cdi.hyponatremia-undocumented", codes: ["J18.9", "E87.1"], text: "Sodium 128 on admission.",
            fires: false),
        Case(rule: "cdi.hyponatremia-undocumented", codes: ["J18.9"], text: "Sodium 138 on admission.", fires: false),
        Case(
            rule: "cdi.anemia-type", codes: ["D64.9"], text: "Hemoglobin 6.8 g/dL, transfused 2 units PRBCs.",
            fires: true),
        Case(
            rule: "cdi.anemia-type", codes: ["D62"], text: "Hemoglobin 6.8 g/dL, transfused 2 units PRBCs.",
            fires: false),
        Case(
            rule: "cdi.heart-failure-type-acuity", codes: ["I50.9"], text: "CHF exacerbation, BNP 1,200.", fires: true),
        Case(rule: "cdi.heart-failure-type-acuity", codes: ["I50.9"], text: "BNP 45, no edema.", fires: false),
    ]

    @Test(arguments: cases)
    func query(_ c: Case) throws {
        var claim = Claim(
            dischargeDate: "2025-11-06", age: 70, sex: "F", diagnoses: c.codes.map { .init(code: $0, poa: "Y") })
        claim.documents = [.init(type: "discharge-summary", author: "Dr A", signed: true, text: c.text)]
        let findings = DocumentationQueries().queries(for: claim)
        let f = findings.first { $0.rule == c.rule }
        #expect((f != nil) == c.fires, "\(findings.map(\.message))")
        if let q = f?.query {
            #expect(!q.indicators.isEmpty && q.options.contains { $0.label == "Clinically undetermined" })
        }
    }

    @Test func everyQueryTopicHasACaseEachWay() {
        let covered = Dictionary(grouping: Self.cases, by: \.rule).mapValues { Set($0.map(\.fires)) }
        for rule in DocumentationQueries.rules {
            #expect(covered[rule.id] == [true, false], "\(rule.id) needs a case that fires and one that does not")
        }
    }
}
