import Benchmark
import Foundation
import MSDRG
import Terminology

/// The repository root, from this file's place in it.
let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent()
let codeSets = repository.appendingPathComponent("CodeSets")

/// The grouper, loaded once for the grouping benchmarks.
let grouper: MSDRGGrouper = try! MSDRGGrouper.load(codeSets: codeSets)

/// 4,500 claims, 500 for each grouper version 40.0 … 44.0, written by `Evaluation/grouper/make-cases.py --per-version
/// 500 --seed 20261123 --no-label` (the same file `compare/compare_group.py` reads): formula-targeted, surgical,
/// pre-MDC, HAC, cluster, trauma and edge-case claims.
struct BenchClaim {
    var claim: GrouperClaim
    var packed: PackedClaim
    var version: GrouperVersion
}

let claims: [BenchClaim] = {
    let archive = repository.appendingPathComponent("Benchmarks/data/grouper-claims.zip")
    let data = try! ReleaseArchive.read(member: "grouper-claims.json", of: archive)
    return try! Claim.decodeList(data, source: archive.path).map { claim in
        let input = try! GrouperClaim(claim)
        return BenchClaim(claim: input, packed: PackedClaim(input), version: GrouperVersion(claim.grouperVersion!)!)
    }
}()
let packedClaims = claims.map(\.packed)
let versions = claims.map(\.version)

/// Where the next iteration starts in the claims, so that successive iterations go round all of them (and every
/// version) instead of grouping the first 1,000 over and over. Benchmarks run one at a time.
nonisolated(unsafe) var cursor = 0

@inline(__always)
func advance(_ i: Int) -> Int { i + 1 == claims.count ? 0 : i + 1 }

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

    Benchmark("Grouper tables load (9 versions)", configuration: .init(timeUnits: .milliseconds, maxIterations: 10)) {
        benchmark in
        benchmark.startMeasurement()
        blackHole(try MSDRGGrouper.load(codeSets: codeSets))
    }

    // One iteration groups 1,000 claims, taken in turn from the 4,500: throughput (#) is thousands of claims per
    // second, and the wall clock is the time for 1,000 claims.
    Benchmark(
        "Group 1,000 claims: DRG, MDC, return code, HACs (assign)",
        configuration: .init(scalingFactor: .kilo, maxIterations: 100_000)
    ) { benchmark in
        let session = grouper.makeSession()
        var next = cursor
        var check = 0
        benchmark.startMeasurement()
        for _ in benchmark.scaledIterations {
            check &+= try session.assign(packedClaims[next], version: versions[next]).drg
            next = advance(next)
        }
        benchmark.stopMeasurement()
        cursor = next
        blackHole(check)
    }

    Benchmark(
        "Group 1,000 claims with the explanation: roles, reasons, titles (group)",
        configuration: .init(scalingFactor: .kilo, maxIterations: 10_000)
    ) { benchmark in
        let session = grouper.makeSession()
        var next = cursor
        benchmark.startMeasurement()
        for _ in benchmark.scaledIterations {
            blackHole(try session.group(claims[next].claim, version: versions[next]))
            next = advance(next)
        }
        benchmark.stopMeasurement()
        cursor = next
    }

    Benchmark(
        "Pack 1,000 claims (GrouperClaim to PackedClaim)",
        configuration: .init(scalingFactor: .kilo, maxIterations: 10_000)
    ) { benchmark in
        var next = cursor
        benchmark.startMeasurement()
        for _ in benchmark.scaledIterations {
            blackHole(PackedClaim(claims[next].claim))
            next = advance(next)
        }
        benchmark.stopMeasurement()
        cursor = next
    }

    Benchmark("What-if: every CC and MCC added to one claim (43.1)", configuration: .init(maxIterations: 50)) {
        benchmark in
        let session = grouper.makeSession()
        let claim = GrouperClaim(
            principal: .init("I5021"), secondary: [.init("E1122", poa: "Y"), .init("N179", poa: "N")], age: 72,
            sex: .female, dischargeStatus: 1)
        benchmark.startMeasurement()
        blackHole(try session.whatIf(claim, version: GrouperVersion(number: 431), weights: nil))
    }
}
