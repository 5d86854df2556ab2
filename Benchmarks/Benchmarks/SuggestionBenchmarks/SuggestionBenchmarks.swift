import Benchmark
import CodeSearch
import CodeSuggestion
import Foundation
import NoteAnalysis
import Terminology

/// The repository root, from this file's place in it.
let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent()

/// The shipped code sets, with a data folder of the benchmarks' own (nothing imported), as `coder suggest` reads them
/// on a fresh checkout.
let locations = CodeSetLocations(
    shipped: repository.appendingPathComponent("CodeSets"),
    data: FileManager.default.temporaryDirectory.appendingPathComponent("opencoder-suggestion-benchmarks"))

/// The code sets, loaded once (from the snapshot after the first run).
let library: CodeSetLibrary = try! LookupEngine.load(locations).library

/// The phrase model `coder suggest` uses by default.
let model = try! PhraseModel(contentsOf: repository.appendingPathComponent("Models/codiesp-train-phrases.tsv"))

/// The suggester as `coder suggest` builds it: the latest ICD-10-CM release, the clinical lexicon and the model.
let suggester = try! Suggester(library: library, model: model)

/// A case report of CodiEsp length written for the benchmarks (2.2 KB; CodiEsp notes are 2.0 KB on average):
/// history, negated and family findings, laboratory values, imaging, an operation, final diagnoses.
let caseReport = try! String(
    contentsOf: repository.appendingPathComponent("Benchmarks/data/case-report-note.txt"), encoding: .utf8)
let caseReportData = Data(caseReport.utf8)

/// The sample discharge summary of the README (0.9 KB).
let dischargeSummary = try! String(
    contentsOf: repository.appendingPathComponent("Evaluation/notes/discharge-summary.txt"), encoding: .utf8)

/// Findings of the case report whose assertion status the assertion benchmark asks for: 30 mentions, present,
/// negated, family, historical and uncertain (every mention of each term, found once, outside the measurement).
let findingTerms = [
    "arterial hypertension", "type 2 diabetes mellitus", "flank pain", "fever", "weight loss", "dysuria", "hematuria",
    "chest pain", "colon cancer", "drug allergies", "masses", "peripheral edema", "leukocytosis", "pyuria",
    "renal mass", "hydronephrosis", "thrombus", "liver metastases", "pneumonia", "pleural effusion",
    "acute pyelonephritis", "renal cell carcinoma", "acute kidney injury", "wound infection", "bone metastases",
    "recurrence",
]
let findings: [Range<Int>] = {
    let note = ClinicalNote(text: caseReport)
    return findingTerms.flatMap { note.mentions(of: $0) }
}()

let benchmarks: @Sendable () -> Void = {
    // The p90 of every metric may drift 20% from the checked-in Benchmarks/Thresholds before CI fails
    // (Scripts/benchmarks/check-thresholds.sh).
    let metrics: [BenchmarkMetric] = [.wallClock, .throughput, .peakMemoryResident, .mallocCountTotal]
    Benchmark.defaultConfiguration = .init(
        metrics: metrics,
        timeUnits: .microseconds,
        maxDuration: .seconds(5),
        thresholds: Dictionary(uniqueKeysWithValues: metrics.map { ($0, BenchmarkThresholds(relative: [.p90: 20])) })
    )

    Benchmark("Read a note: tokens, sections, sentences (case report, 2.2 KB)") { benchmark in
        let reader = NoteReader()
        benchmark.startMeasurement()
        for _ in benchmark.scaledIterations {
            blackHole(try reader.read(caseReportData, source: "case-report-note.txt"))
        }
    }

    Benchmark("Read a note, then the assertion of its findings (case report, 2.2 KB)") { benchmark in
        let reader = NoteReader()
        let analyzer = AssertionAnalyzer.standard
        precondition(findings.count >= findingTerms.count, "every finding term is in the case report")
        benchmark.startMeasurement()
        for _ in benchmark.scaledIterations {
            let note = try reader.read(caseReportData, source: "case-report-note.txt")
            for finding in findings {
                blackHole(analyzer.assertion(for: finding, in: note))
            }
        }
    }

    Benchmark("Suggest codes: the full Suggester pass (case report, 2.2 KB)") { benchmark in
        _ = suggester
        benchmark.startMeasurement()
        for _ in benchmark.scaledIterations {
            blackHole(suggester.suggest(text: caseReport, setting: .inpatient))
        }
    }

    Benchmark("Suggest codes: the full Suggester pass (discharge summary, 0.9 KB)") { benchmark in
        _ = suggester
        benchmark.startMeasurement()
        for _ in benchmark.scaledIterations {
            blackHole(suggester.suggest(text: dischargeSummary, setting: .inpatient))
        }
    }

    Benchmark(
        "Suggester build: lexicon, code-set titles, model (code sets loaded)",
        configuration: .init(timeUnits: .milliseconds, maxIterations: 20)
    ) { benchmark in
        _ = library
        benchmark.startMeasurement()
        blackHole(try Suggester(library: library, model: model))
    }
}
