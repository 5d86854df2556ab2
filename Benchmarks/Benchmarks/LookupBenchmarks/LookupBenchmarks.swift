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

/// Builds the engine from the sources once and writes the snapshot the load benchmark reads.
let engine: LookupEngine = {
    let engine = LookupEngine(library: try! CodeSetLoader.load(locations))
    try! engine.writeSnapshot(snapshotURL)
    return engine
}()

/// The development queries (column 1 of Evaluation/lookup-dev.tsv).
let queries: [String] = {
    let text = (try? String(contentsOf: repository.appendingPathComponent("Evaluation/lookup-dev.tsv"), encoding: .utf8)) ?? ""
    return text.split(separator: "\n").dropFirst().compactMap { line in
        line.split(separator: "\t").first.map { $0.replacingOccurrences(of: " > ", with: " ") }
    }
}()

let benchmarks: @Sendable () -> Void = {
    Benchmark.defaultConfiguration = .init(
        metrics: [.wallClock, .peakMemoryResident, .mallocCountTotal],
        timeUnits: .microseconds,
        maxDuration: .seconds(5)
    )

    Benchmark("Snapshot load (all code sets)", configuration: .init(timeUnits: .milliseconds, maxIterations: 30)) { benchmark in
        _ = engine
        benchmark.startMeasurement()
        let loaded = try LookupEngine.readSnapshot(snapshotURL)
        blackHole(loaded)
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
