import ArgumentParser
import CodeSearch
import Foundation
import Terminology

struct Eval: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Measure quality on gold files.",
        subcommands: [EvalLookup.self, EvalSuggest.self, EvalGroup.self, EvalMCE.self, EvalPrecode.self])
}

struct EvalLookup: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "lookup",
        abstract: "Measure lookup: top-1/5/20 and latency over query/expected-code pairs.",
        discussion: """
            FILE is TSV with a header line: query, expected code (dotted for ICD-10-CM). A query may hold ' > '
            between an Alphabetic Index main term and its subterms. An expected code ending in '-' (the index's
            'complete the code') is met by any code starting with it; a code written without its 7th character
            (W10.0) is met by the code completed with placeholder X and 7th character (W10.0XXA).
            Last line: lookup n=… top1=… top5=… top20=… p50_us=… p99_us=…
            """)

    @OptionGroup var options: CodeSetOptions

    @Option(help: "The pairs file.")
    var pairs: String

    @Option(help: "How many results to consider.")
    var limit: Int = 20

    @Option(help: "Timing repetitions per query (the median is taken).")
    var repeats: Int = 5

    @Flag(help: "List every miss, not only the first 40.")
    var allMisses = false

    @Option(help: "Look up in one system only (icd10cm, icd10pcs, hcpcs), as `coder lookup --system` does.")
    var system: String?

    @Flag(help: "List the 15 slowest queries.")
    var slowest = false

    @Option(
        help:
            "Count a result as a hit when its first N characters agree with the expected code's (4: the ICD-10-PCS table and body part)."
    )
    var first: Int?

    struct Pair {
        var line: Int
        var query: String
        var expected: String
    }

    static func readPairs(_ path: String) throws -> [Pair] {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw CLIError("\(path): cannot be read")
        }
        guard let text = String(data: data, encoding: .utf8) else {
            throw CLIError("\(path): not UTF-8 text")
        }
        var pairs: [Pair] = []
        for (i, raw) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() where i > 0 {
            let line = raw.hasSuffix("\r") ? raw.dropLast() : raw
            if line.trimmingCharacters(in: .whitespaces).isEmpty { continue }
            let cols = line.split(separator: "\t", omittingEmptySubsequences: false)
            guard cols.count >= 2, !cols[0].isEmpty, !cols[1].isEmpty else {
                throw CLIError("\(path):\(i + 1): expected two tab-separated columns (query, code)")
            }
            pairs.append(
                Pair(
                    line: i + 1, query: String(cols[0]), expected: String(cols[1]).trimmingCharacters(in: .whitespaces))
            )
        }
        guard !pairs.isEmpty else { throw CLIError("\(path): no pairs after the header line") }
        return pairs
    }

    /// Whether a result meets the expected code. The Alphabetic Index writes codes without their 7th character
    /// (`W10.0`, `S72.00-`): such a code is met by the code completed with its placeholder X and 7th character
    /// (`W10.0XXA`), which is what a coder reports.
    static func matches(_ code: String, expected: String) -> Bool {
        let e = CodeFormat.normalize(expected)
        let c = CodeFormat.normalize(code)
        if expected.hasSuffix("-") { return c.hasPrefix(e) }
        if c == e { return true }
        guard c.count == 7, e.count >= 3, e.count < 7, c.hasPrefix(e), !CodeFormat.looksLikePCS(e) else { return false }
        return c.dropFirst(e.count).dropLast().allSatisfy { $0 == "X" }
    }

    func run() throws {
        var pairs = try Self.readPairs(self.pairs)
        if let first {
            guard first >= 1 else { throw CLIError("--first must be at least 1") }
            for i in pairs.indices {
                pairs[i].expected = String(CodeFormat.normalize(pairs[i].expected).prefix(first)) + "-"
            }
        }
        let engine = try options.engine()
        guard let index = engine.index() else { throw CLIError("no code sets loaded") }
        var filter = SearchFilter()
        if let system {
            guard let one = CodeSystem(rawValue: system) else {
                throw CLIError("unknown system '\(system)': use icd10cm, icd10pcs or hcpcs")
            }
            filter = SearchFilter(systems: [one])
        }
        var ranks: [Int?] = []
        var times: [Double] = []
        var misses: [String] = []
        let clock = ContinuousClock()
        for pair in pairs {
            let query = pair.query
            var results: [SearchResult] = []
            var samples: [Double] = []
            for _ in 0..<max(1, repeats) {
                let elapsed = clock.measure { results = index.search(query, limit: limit, filter: filter) }
                samples.append(Double(elapsed.components.attoseconds) / 1e12 + Double(elapsed.components.seconds) * 1e6)
            }
            samples.sort()
            times.append(samples[samples.count / 2])
            let rank = results.firstIndex { Self.matches($0.code, expected: pair.expected) }
            ranks.append(rank)
            if rank != 0 {
                let got = results.prefix(3).map(\.code).joined(separator: ",")
                misses.append(
                    "miss line \(pair.line): \"\(pair.query)\" expected \(pair.expected) rank \(rank.map { String($0 + 1) } ?? "-") got \(got)"
                )
            }
        }
        for m in allMisses ? misses : Array(misses.prefix(40)) { print(m) }
        if slowest {
            for i in times.indices.sorted(by: { times[$0] > times[$1] }).prefix(15) {
                print("slow \(String(format: "%.1f", times[i])) us: \"\(pairs[i].query)\"")
            }
        }
        if misses.count > 40 && !allMisses { print("… \(misses.count - 40) more misses (--all-misses)") }
        func top(_ k: Int) -> String {
            String(format: "%.3f", Double(ranks.filter { $0 != nil && $0! < k }.count) / Double(ranks.count))
        }
        let mean = times.reduce(0, +) / Double(times.count)
        print(
            "timing mean_us=\(String(format: "%.1f", mean)) total_ms=\(String(format: "%.1f", times.reduce(0, +) / 1000))"
        )
        times.sort()
        let p50 = times[times.count / 2]
        let p99 = times[min(times.count - 1, Int((Double(times.count) * 0.99).rounded(.up)) - 1)]
        print(
            "lookup n=\(pairs.count) top1=\(top(1)) top5=\(top(5)) top20=\(top(20)) p50_us=\(String(format: "%.1f", p50)) p99_us=\(String(format: "%.1f", p99))"
        )
    }
}
