import ArgumentParser
import ClaimReview
import Foundation
import MSDRG
import Terminology

#if canImport(Glibc)
    import CoreFoundation
    import Glibc
#endif

/// Speed measurements for the comparison scripts (Benchmarks/compare); not shown in the help.
struct Bench: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Measure speed (for Benchmarks/compare).", shouldDisplay: false, subcommands: [BenchGroup.self])
}

struct BenchGroup: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "group",
        abstract: "Group a file of claims several times and print the median rate.",
        discussion: """
            FILE is a JSON array of claims, as for `coder eval group`. Claims are decoded and converted before the \
            clock starts; each repeat groups every claim (over and over, up to --min-claims) on one thread. Also \
            times loading the grouper tables. Last line: bench group n=… rounds=… repeats=… median_claims_per_s=… min_claims_per_s=… max_claims_per_s=… \
            median_claims_per_cpu_s=… load_s=… (per CPU second: the thread's own CPU time, which leaves out the time \
            it waited for a core on a busy machine)
            """)

    @OptionGroup var options: CodeSetOptions

    @Option(help: "The claims file.")
    var cases: String

    @Option(name: .customLong("grouper-version"), help: "Group every claim with this version (e.g. 43.1).")
    var grouperVersion: String?

    @Option(help: "How many times to group the whole file.")
    var `repeat`: Int = 5

    @Option(
        name: .customLong("min-claims"),
        help: "Each repeat groups the file over and over until it has grouped at least this many claims.")
    var minClaims: Int = 200_000

    @Option(help: "How many times to load the grouper tables (the median is printed).")
    var loads: Int = 3

    @Flag(help: "Build the full explained result for every claim (as `coder group` does) instead of the outcome alone.")
    var explained = false

    func run() throws {
        let file = try GroupCases.read(cases, requestedVersion: grouperVersion, options: options)
        let inputs = file.inputs.filter { $0.version.number != 0 }
        guard !inputs.isEmpty else { throw CLIError("\(cases): no claim to group") }
        let clock = ContinuousClock()

        var loadTimes: [Double] = []
        for _ in 0..<max(loads, 0) {
            let shipped = options.locations.shipped
            loadTimes.append(try clock.measure { _ = try MSDRGGrouper.load(codeSets: shipped) }.seconds)
        }

        let session = file.setup.grouper.makeSession()
        let claims = inputs.map(\.claim)
        let packed = inputs.map(\.packed)
        let versions = inputs.map(\.version)
        let rounds = max(1, (minClaims + inputs.count - 1) / inputs.count)
        var rates: [Double] = []
        var cpuRates: [Double] = []
        var check = 0
        for r in 0..<max(`repeat`, 1) {
            let cpuStart = Self.threadCPUSeconds()
            let elapsed = clock.measure {
                for _ in 0..<rounds {
                    if explained {
                        for i in claims.indices {
                            if let result = try? session.group(claims[i], version: versions[i]) { check &+= result.drg }
                        }
                    } else {
                        for i in packed.indices {
                            if let outcome = try? session.assign(packed[i], version: versions[i]) {
                                check &+= outcome.drg
                            }
                        }
                    }
                }
            }
            let cpu = Self.threadCPUSeconds() - cpuStart
            let rate = Double(inputs.count * rounds) / elapsed.seconds
            rates.append(rate)
            cpuRates.append(cpu > 0 ? Double(inputs.count * rounds) / cpu : 0)
            print("repeat \(r + 1): \(Int(rate)) claims/s (\(Int(cpuRates.last!)) per CPU second)")
        }
        let load = loadTimes.isEmpty ? "-" : String(format: "%.3f", median(loadTimes))
        print(
            "bench group n=\(inputs.count) rounds=\(rounds) repeats=\(rates.count) median_claims_per_s=\(Int(median(rates))) min_claims_per_s=\(Int(rates.min()!)) max_claims_per_s=\(Int(rates.max()!)) median_claims_per_cpu_s=\(Int(median(cpuRates))) load_s=\(load) mode=\(explained ? "explained" : "outcome") checksum=\(check)"
        )
    }

    /// CPU time of this thread: on a shared machine, time the thread waited for a core is not counted.
    static func threadCPUSeconds() -> Double {
        var t = timespec()
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t)
        return Double(t.tv_sec) + Double(t.tv_nsec) / 1e9
    }

    func median(_ values: [Double]) -> Double {
        let s = values.sorted()
        return s.count % 2 == 1 ? s[s.count / 2] : (s[s.count / 2 - 1] + s[s.count / 2]) / 2
    }
}
