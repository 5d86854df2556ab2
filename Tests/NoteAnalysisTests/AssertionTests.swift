import Testing

@testable import NoteAnalysis

@Suite struct AssertionTests {
    let analyzer = AssertionAnalyzer.standard

    @Test(arguments: allAssertionCases)
    func status(_ c: AssertionCase) throws {
        let assertion = try #require(analyzer.assertion(of: c.finding, in: c.sentence), "finding not found")
        #expect(assertion.status == c.status, "cues: \(assertion.cues.map { "\($0.status):\($0.text)" })")
        if let trigger = c.trigger {
            #expect(assertion.trigger?.text.lowercased() == trigger.lowercased())
        }
    }

    @Test func caseCount() {
        #expect(allAssertionCases.count >= 150)
    }

    @Test func triggerAndScopeAreByteRangesOfTheSentence() throws {
        let text = "Patient denies chest pain but reports cough."
        let note = ClinicalNote(text: text)
        let mention = try #require(analyzer.mentions(of: "chest pain", in: note).first)
        let trigger = try #require(mention.assertion.trigger)
        #expect(trigger.range == 8..<14)
        #expect(note[trigger.range] == "denies")
        // the scope runs from after "denies" up to "but"
        #expect(note[mention.assertion.scope] == "chest pain")
        #expect(mention.range == 15..<25)
    }

    @Test func backwardScopeRunsBeforeTheTrigger() throws {
        let note = ClinicalNote(text: "Right lower lobe pneumonia was ruled out.")
        let a = analyzer.assertion(for: try #require(note.mentions(of: "pneumonia").first), in: note)
        #expect(a.status == .negated)
        #expect(note[a.scope] == "Right lower lobe pneumonia")
    }

    @Test func combinedStatusesAreKept() throws {
        let a = try #require(analyzer.assertion(of: "stroke", in: "Patient denies history of stroke."))
        #expect(a.status == .negated)
        #expect(a.has(.historical))
        #expect(a.statuses == [.negated, .historical])
    }

    @Test func precedenceOrder() {
        #expect(AssertionStatus.negated < .family)
        #expect(AssertionStatus.family < .hypothetical)
        #expect(AssertionStatus.uncertain < .historical)
        #expect(AssertionStatus.historical < .present)
        #expect(Set(AssertionStatus.precedence) == Set(AssertionStatus.allCases))
    }

    @Test func eachMentionGetsItsOwnStatus() {
        let note = ClinicalNote(
            text: "Denies chest pain at rest. On exertion he has chest pain. Chest pain is possible tomorrow.")
        let statuses = analyzer.mentions(of: "chest pain", in: note).map(\.assertion.status)
        #expect(statuses == [.negated, .present, .uncertain])
    }

    @Test func multipleFindingsInOneSentence() {
        let note = ClinicalNote(text: "No fever but has cough; history of asthma, possible pneumonia.")
        #expect(analyzer.mentions(of: "fever", in: note).first?.assertion.status == .negated)
        #expect(analyzer.mentions(of: "cough", in: note).first?.assertion.status == .present)
        #expect(analyzer.mentions(of: "pneumonia", in: note).first?.assertion.status == .uncertain)
        #expect(analyzer.mentions(of: "asthma", in: note).first?.assertion.status == .historical)
    }

    @Test func windowIsConfigurable() throws {
        let sentence = "No fever, chills, sweats, nausea, vomiting, or diarrhea."
        let narrow = AssertionAnalyzer(window: 3)
        #expect(narrow.assertion(of: "diarrhea", in: sentence)?.status == .present)
        #expect(narrow.assertion(of: "chills", in: sentence)?.status == .negated)
        #expect(analyzer.assertion(of: "diarrhea", in: sentence)?.status == .negated)
    }

    @Test func customLexicon() {
        let lexicon = TriggerLexicon([
            TriggerRule("nope", .trigger(.negated, .forward)),
            TriggerRule("nope never mind", .pseudo),
        ])
        let a = AssertionAnalyzer(lexicon: lexicon)
        #expect(a.assertion(of: "fever", in: "Nope fever.")?.status == .negated)
        #expect(a.assertion(of: "fever", in: "Nope never mind fever.")?.status == .present)
        #expect(a.assertion(of: "fever", in: "No fever.")?.status == .present)
    }

    @Test func lexiconSizes() {
        let counts = TriggerLexicon.standard.counts
        for status in [AssertionStatus.negated, .uncertain, .historical, .family, .hypothetical, .conditional] {
            #expect((counts[status.rawValue] ?? 0) >= 10, "\(status)")
        }
        #expect((counts["pseudo"] ?? 0) >= 40)
        #expect((counts["terminator"] ?? 0) >= 40)
    }

    // MARK: status from the section

    static let sectionNote = """
        HISTORY OF PRESENT ILLNESS:
        67 yo M with chest pain and no fever.

        PAST MEDICAL HISTORY:
        1. Diabetes mellitus.
        2. Hypertension.

        FAMILY HISTORY: Colon cancer. Mother with breast cancer.
        No diabetes in the family.

        DIFFERENTIAL DIAGNOSIS: Pneumonia.

        DISCHARGE INSTRUCTIONS: Return for chest pain or fever.

        ASSESSMENT AND PLAN: Hypertension, continue lisinopril. Rule out pulmonary embolism.
        """

    @Test(arguments: [
        ("chest pain", 0, AssertionStatus.present),
        ("fever", 0, .negated),
        ("diabetes mellitus", 0, .historical),
        ("hypertension", 0, .historical),
        ("hypertension", 1, .present),
        ("colon cancer", 0, .family),
        ("breast cancer", 0, .family),
        ("diabetes", 1, .negated),
        ("pneumonia", 0, .uncertain),
        ("chest pain", 1, .hypothetical),
        ("fever", 1, .hypothetical),
        ("pulmonary embolism", 0, .uncertain),
    ])
    func statusFromSection(_ finding: String, _ occurrence: Int, _ expected: AssertionStatus) throws {
        let note = ClinicalNote(text: Self.sectionNote)
        let mentions = analyzer.mentions(of: finding, in: note)
        try #require(mentions.count > occurrence)
        #expect(mentions[occurrence].assertion.status == expected)
    }

    @Test func sectionCueNamesTheHeader() throws {
        let note = ClinicalNote(text: Self.sectionNote)
        let mention = try #require(analyzer.mentions(of: "colon cancer", in: note).first)
        #expect(mention.section == .familyHistory)
        #expect(mention.assertion.cue?.source == .section)
        #expect(mention.assertion.cue?.text == "FAMILY HISTORY:")
        #expect(mention.assertion.trigger == nil)
    }

    @Test func sectionsCanBeTurnedOff() throws {
        let note = ClinicalNote(text: Self.sectionNote)
        let plain = AssertionAnalyzer(usesSections: false)
        #expect(plain.mentions(of: "colon cancer", in: note).first?.assertion.status == .present)
    }

    @Test func longSentenceCostsOnlyTheWindow() throws {
        // A 20,000-word sentence: the finding at the end is judged from the words near it.
        let filler = Array(repeating: "word", count: 20_000).joined(separator: " ")
        let note = ClinicalNote(text: "No " + filler + " anemia and no fever")
        #expect(note.sentences.count == 1)
        #expect(analyzer.mentions(of: "anemia", in: note).first?.assertion.status == .present)
        #expect(analyzer.mentions(of: "fever", in: note).first?.assertion.status == .negated)
    }
}
