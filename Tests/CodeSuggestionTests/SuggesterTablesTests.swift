import Terminology
import Testing

@testable import CodeSuggestion

/// The suggester's tables load from their resources whole, with what each row says.
@Suite struct SuggesterTablesTests {
    @Test func procedureOperationsWithTheirSites() throws {
        let operations = ProcedureTables.operations
        #expect(operations.count == 60)
        guard case .operation(let hemi) = try #require(operations.first { $0.0 == "hemithyroidectomy" }?.1) else {
            Issue.record("hemithyroidectomy is not an operation")
            return
        }
        #expect(hemi.rootOperation == "T" && hemi.site?.name == "thyroid lobe" && hemi.site?.right == ["GH"])
        guard case .operation(let biopsy) = try #require(operations.first { $0.0 == "needle biopsy" }?.1) else {
            Issue.record("needle biopsy is not an operation")
            return
        }
        #expect(biopsy.qualifier == "X" && !biopsy.partialBecomesExcision && biopsy.site == nil)
        guard case .operation(let appendectomy) = try #require(operations.first { $0.0 == "appendicectomy" }?.1)
        else {
            Issue.record("appendicectomy is not an operation")
            return
        }
        // a synonym names the term by its first phrase and takes its site from anatomy-sites.tsv
        #expect(appendectomy.name == "appendectomy" && appendectomy.site != nil)
    }

    @Test func procedurePatternsWithRefinementsAndSites() throws {
        let patterns = ProcedureTables.patterns
        guard case .fixed(let puncture) = try #require(patterns.first { $0.0 == "spinal tap" }?.1) else {
            Issue.record("spinal tap is not a pattern")
            return
        }
        #expect(puncture.name == "lumbar puncture" && puncture.pattern == "009U3Z?")
        #expect(puncture.refinements.map(\.axis) == [6] && puncture.refinements.first?.value == "X")
        guard case .fixed(let isolation) = try #require(patterns.first { $0.0 == "isolation" }?.1) else {
            Issue.record("isolation is not a pattern")
            return
        }
        #expect(isolation.notFollowedBy == ["of"])
        guard case .fixed(let tube) = try #require(patterns.first { $0.0 == "chest drain" }?.1) else {
            Issue.record("chest drain is not a pattern")
            return
        }
        #expect(tube.site?.name == "pleural cavity" && tube.site?.left == ["WB"])
        #expect(ProcedureTables.refinements.values.joined().count == 17)
    }

    @Test func contextCuesByKind() {
        let cues = Dictionary(ProcedureTables.contextCues, uniquingKeysWith: +)
        guard case .approach(let value, let words)? = cues["laparoscopic"]?.first else {
            Issue.record("laparoscopic gives no approach")
            return
        }
        #expect(value == "4" && words == "percutaneous endoscopic")
        guard case .laterality(let side)? = cues["lt"]?.first, case .notDone(let reason)? = cues["declined"]?.first
        else {
            Issue.record("lt or declined is missing")
            return
        }
        #expect(side == .left && reason == .negated)
        #expect(cues[","]?.count == 1)
    }

    @Test func conventionTables() {
        #expect(CodingConventions.historyCode(for: "I21.4") == "I25.2")
        #expect(CodingConventions.historyCode(for: "S72.001A") == "Z87.81")
        #expect(CodingConventions.historyCode(for: "S06.0X0A") == "Z87.820")
        #expect(CodingConventions.explanation(of: "R07.9", among: ["I21.4", "E11.9"]) == "I21.4")
        #expect(RecordConventions.sepsisByOrganism.first { "B95.61".hasPrefix($0.key) }?.value == "A41.01")
        #expect(RecordConventions.residuals["R69"]?.contains("T") == true)
        // a word in two rows takes the later row's code: metformin is a drug allergy of its own class (Z88.8)
        #expect(RecordConventions.allergyClasses["amoxicillin"] == "Z88.0")
        #expect(RecordConventions.allergyClasses["metformin"] == "Z88.8")
        #expect(
            RecordConventions.drugClasses["eliquis"] == "Z79.01" && RecordConventions.drugClasses["asa"] == "Z79.82")
    }
}

/// Cross-validation of a learned model: each fold's notes suggested by a model learned from the others.
@Suite struct CrossValidationTests {
    @Test func countsWhatTheGoldKeptFoldByFold() throws {
        let library = try #require(ProcedureFixture.library)
        var notes: [PhraseLearner.CodedNote] = []
        for i in 0..<6 {
            let text = i % 2 == 0 ? "Admitted with hematuria and fever." : "Fever since yesterday, no hematuria."
            let codes: [(system: CodeSystem, code: String)] =
                [(.icd10cm, "R50.9")] + (i % 2 == 0 ? [(.icd10cm, "R31.9")] : [])
            notes.append(PhraseLearner.CodedNote(text: text, codes: codes))
        }
        let learner = PhraseLearner()
        let counts = try learner.crossValidate(
            notes, originals: notes.map { Set($0.codes.map { $0.code.lowercased() }) }, older: { _ in [] },
            groups: (0..<6).map { "case\($0)" }, folds: 3, library: library, options: Suggester.Options(),
            source: "test")
        // fever is suggested in every note and kept in every one; hematuria only where it is not denied
        #expect(counts.byCode["icd10cm R50.9"] == .init(suggested: 6, kept: 6))
        #expect(counts.byCode["icd10cm R31.9"] == .init(suggested: 3, kept: 3))
        // notes of one group stay in one fold: two groups over two folds still count every note once
        let grouped = try learner.crossValidate(
            notes, originals: notes.map { Set($0.codes.map { $0.code.lowercased() }) }, older: { _ in [] },
            groups: ["a", "a", "a", "b", "b", "b"], folds: 2, library: library, options: Suggester.Options(),
            source: "test")
        #expect(grouped.byCode["icd10cm R50.9"]?.suggested == 6)
    }

    @Test func wordTables() {
        #expect(
            IndexWalker.excludedMainTerms.contains("maternal care")
                && !IndexWalker.excludedMainTerms.contains("failure"))
        #expect(IndexWalker.readThrough.contains("due to") && IndexWalker.implied == ["fracture, traumatic"])
        #expect(
            IndexWalker.sameWord.contains(["calculus", "stones in"])
                && !IndexWalker.sameWord.contains(["teeth", "tooth"]))
        #expect(IndexWalker.startsUnder.map(\.path) == ["Infarct, cerebral", "Disease, Alzheimer's"])
        #expect(IndexWalker.startsUnder.map(\.alone) == [false, true])
        #expect(
            ExternalCauseReader.mechanisms.contains("struck by") && ExternalCauseReader.residenceWords.contains("yard"))
        #expect(ExternalCauseReader.otherPlacesInResidence.contains("porch"))
        #expect(ExternalCauseReader.nursingHomeWords.contains(["skilled", "nursing"]))
        #expect(ExternalCauseReader.workWords.first == "at work")
        #expect(TermStream.genera["c difficile"] == "clostridioides" && TermStream.roman["iv"] == "4")
        #expect(TermStream.phraseBreaks.contains("declined") && TermStream.absentAfterNon.contains("smoker"))
        #expect(!TermStream.absentAfterNon.contains("declined"))
        // organ adjectives read as their nouns and words of notes as the Index's, stemmed; `cervical` (also the neck)
        // kept as written
        #expect(Vocabulary.adjectives["cardiac"] == "heart" && Vocabulary.adjectives["bleed"] == "hemorrhag")
        #expect(Vocabulary.adjectives["embolic"] == "embolism" && Vocabulary.adjectives["cervical"] == nil)
        #expect(RecordConventions.sepsisCodes.first == "A40" && RecordConventions.sepsisCodes.last == "T81.44")
        #expect(RecordConventions.hemorrhageSigns == ["R58", "K92.0", "K92.1", "K92.2"])
        #expect(
            RecordConventions.weightDiagnoses.contains("R63.6") && !RecordConventions.weightDiagnoses.contains("Z68"))
        #expect(
            RecordConventions.stillbirthWords.contains("fetal demise")
                && RecordConventions.pastDeliveryWords.contains("ago"))
        #expect(RecordConventions.pregnancyWords.contains("apgar") && RecordConventions.acuity == ["acute", "chronic"])
        #expect(RecordConventions.sideEffects.contains("nausea") && !RecordConventions.sideEffects.contains("hives"))
        #expect(RecordConventions.allergicReactions.contains("hives") && RecordConventions.services.contains("ward"))
        #expect(
            RecordConventions.notMoodDepression.contains("st") && RecordConventions.coldTemperature.contains("clammy"))
        #expect(RecordConventions.unspecifiedWords.contains("nos"))
    }
}
