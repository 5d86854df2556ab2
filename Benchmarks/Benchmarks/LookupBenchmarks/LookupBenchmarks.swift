import Benchmark
import CodeSearch
import Foundation
import Terminology

/// The repository root, from this file's place in it.
let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent()
let locations = CodeSetLocations(
    shipped: repository.appendingPathComponent("CodeSets"),
    data: FileManager.default.temporaryDirectory.appendingPathComponent("opencoder-benchmarks"))
let snapshotURL = locations.snapshotFolder.appendingPathComponent("benchmark.snapshot")

/// The official release files imported beside the shipped code sets when `../shared/codesets` is there, so that the
/// load benchmark loads every code set: ICD-10-CM index and tables, order file, POA-exempt list, ICD-10-PCS tables,
/// definitions and index, HCPCS.
let officialReleases = [
    "icd10cm-2025", "icd10pcs-2026/icd10pcs_tables_2026.xml", "icd10pcs-2026/icd10pcs_definitions_2026.xml",
    "icd10pcs-2023/icd10pcs_index_2023.xml", "hcpcs-2026/january-2026-alpha-numeric-hcpcs-file.zip",
]

/// Builds the engine from the sources once and writes the snapshot the load benchmark reads.
let engine: LookupEngine = {
    try? FileManager.default.removeItem(at: locations.data)
    let shared = repository.deletingLastPathComponent().appendingPathComponent("shared/codesets")
    if FileManager.default.fileExists(atPath: shared.path) {
        for release in officialReleases {
            _ = try! CodeSetImporter.importPath(shared.appendingPathComponent(release).path, into: locations)
        }
    } else {
        print("note: ../shared/codesets is absent: benchmarking the shipped code sets only")
    }
    let engine = LookupEngine(library: try! CodeSetLoader.load(locations))
    try! engine.writeSnapshot(snapshotURL)
    return engine
}()

/// The development queries (column 1 of Evaluation/lookup-dev.tsv).
let queries: [String] = {
    let text =
        (try? String(contentsOf: repository.appendingPathComponent("Evaluation/lookup-dev.tsv"), encoding: .utf8)) ?? ""
    return text.split(separator: "\n").dropFirst().compactMap { line in
        line.split(separator: "\t").first.map { $0.replacingOccurrences(of: " > ", with: " ") }
    }
}()

/// Every prefix of two characters or more of the queries a coder types (Evaluation/typeahead-queries.txt), in typing
/// order: what a typeahead sends.
let typeaheadPrefixes: [String] = {
    let text =
        (try? String(contentsOf: repository.appendingPathComponent("Evaluation/typeahead-queries.txt"), encoding: .utf8))
        ?? ""
    return text.split(separator: "\n").filter { !$0.hasPrefix("#") }.flatMap { line in
        (2...max(2, line.count)).map { String(line.prefix($0)) }
    }
}()

let benchmarks: @Sendable () -> Void = {
    // The p90 of every metric may drift 20% from the checked-in Benchmarks/Thresholds before CI fails
    // (Scripts/benchmarks/check-thresholds.sh).
    let metrics: [BenchmarkMetric] = [.wallClock, .peakMemoryResident, .mallocCountTotal]
    Benchmark.defaultConfiguration = .init(
        metrics: metrics,
        timeUnits: .microseconds,
        maxDuration: .seconds(5),
        thresholds: Dictionary(uniqueKeysWithValues: metrics.map { ($0, BenchmarkThresholds(relative: [.p90: 20])) })
    )

    Benchmark("Snapshot load (all code sets)", configuration: .init(timeUnits: .milliseconds, maxIterations: 30)) {
        benchmark in
        _ = engine
        benchmark.startMeasurement()
        let loaded = try LookupEngine.readSnapshot(snapshotURL)
        blackHole(loaded)
    }

    Benchmark(
        "Snapshot load, then every component decoded",
        configuration: .init(timeUnits: .milliseconds, maxIterations: 20)
    ) { benchmark in
        _ = engine
        benchmark.startMeasurement()
        let loaded = try LookupEngine.readSnapshot(snapshotURL)
        let library = loaded.library
        blackHole(library.tabulars.count + library.alphabeticIndexes.count + library.externalCauseIndexes.count)
        blackHole(library.neoplasmTables.count + library.drugTables.count + library.orderFiles.count)
        blackHole(library.poaExemptLists.count + library.hcpcsSets.count + library.pcsTables.count)
        blackHole(library.pcsDefinitions.count + library.pcsIndexes.count + library.pcsTitleLists.count)
    }

    Benchmark(
        "Term queries: the whole dev set (462 queries per iteration)",
        configuration: .init(timeUnits: .milliseconds, maxIterations: 200)
    ) { benchmark in
        let index = engine.index()!
        benchmark.startMeasurement()
        for query in queries {
            blackHole(index.search(query, limit: 20))
        }
    }

    Benchmark(
        "Typeahead: every prefix of 24 typed queries (385 searches per iteration, limit 12, all code sets)",
        configuration: .init(timeUnits: .milliseconds, maxIterations: 200)
    ) { benchmark in
        let index = engine.index()!
        benchmark.startMeasurement()
        for prefix in typeaheadPrefixes {
            blackHole(index.search(prefix, limit: 12))
        }
    }

    Benchmark("Term query with a typo: pnuemonia") { benchmark in
        let index = engine.index()!
        benchmark.startMeasurement()
        for _ in benchmark.scaledIterations {
            blackHole(index.search("pnuemonia", limit: 20))
        }
    }

    Benchmark("Term query with an abbreviation: chf exacerbation") { benchmark in
        let index = engine.index()!
        benchmark.startMeasurement()
        for _ in benchmark.scaledIterations {
            blackHole(index.search("chf exacerbation", limit: 20))
        }
    }

    Benchmark("Term query: aspiration pneumonia") { benchmark in
        let index = engine.index()!
        benchmark.startMeasurement()
        for _ in benchmark.scaledIterations {
            blackHole(index.search("aspiration pneumonia", limit: 20))
        }
    }

    Benchmark("Code prefix query: J69") { benchmark in
        let index = engine.index()!
        benchmark.startMeasurement()
        for _ in benchmark.scaledIterations {
            blackHole(index.search("J69", limit: 20))
        }
    }
}
