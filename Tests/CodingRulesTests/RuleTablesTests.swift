import Testing

@testable import CodingRules

/// The rules' tables load from their resources whole, with what each row says.
@Suite struct RuleTablesTests {
    @Test func ruleWords() {
        #expect(CodeSetEdits.otherKind.contains("secondary") && CodeSetEdits.otherKind.contains("sequelae"))
        #expect(!CodeSetEdits.otherKind.contains("unspecified"))
        #expect(CodeSetEdits.fillerPhrases.first == "not elsewhere classified")
        #expect(CodeSetEdits.titleStopWords.contains("uncomplicated") && !CodeSetEdits.titleStopWords.contains("type"))
        #expect(
            CodeSetEdits.titleWords("Type 2 diabetes mellitus without complications, site not specified")
                == ["type", "2", "diabetes", "mellitus"])
        #expect(DocumentationCompleteness.dischargeSummaryKinds.contains("death-summary"))
        #expect(DocumentationCompleteness.operativeKinds.contains("brief-op-note"))
        #expect(!DocumentationCompleteness.operativeKinds.contains("discharge-summary"))
    }

    @Test func hypertensiveHeartCodes() {
        // the codes as claims hold them, without their dot
        #expect(RuleTables.hypertensiveHeartCodes.first == "I50")
        #expect(RuleTables.hypertensiveHeartCodes.contains("I5189") && RuleTables.hypertensiveHeartCodes.count == 7)
        #expect(!RuleTables.hypertensiveHeartCodes.contains("I51"))
    }
}
