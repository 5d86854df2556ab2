import ArgumentParser
import CodeSearch
import Foundation
import Terminology

struct Lookup: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Find codes from what a coder types: a code or prefix, words in any order, abbreviations, typos.",
        discussion: """
            Examples:
              coder lookup aspiration pneumonia
              coder lookup chf --billable
              coder lookup j69
              coder lookup lap chole --system icd10pcs
            """)

    @OptionGroup var options: CodeSetOptions

    @Argument(help: "The words or code to look up.")
    var words: [String]

    @Option(help: "icd10cm, icd10pcs, hcpcs or all.")
    var system: String = "all"

    @Option(help: "How many results.")
    var limit: Int = 10

    @Flag(help: "Billable (reportable) codes only.")
    var billable = false

    @Option(help: "Use the code sets in effect on this date (YYYY-MM-DD).")
    var date: String?

    @Option(help: "Use this code-set version (fiscal year), e.g. 2026.")
    var version: String?

    func validate() throws {
        if words.joined().trimmingCharacters(in: .whitespaces).isEmpty { throw ValidationError("nothing to look up") }
        if limit < 1 { throw ValidationError("--limit must be at least 1") }
        if system != "all" && CodeSystem(rawValue: system) == nil {
            throw ValidationError("unknown system '\(system)': use icd10cm, icd10pcs, hcpcs or all")
        }
        if let date, FiscalYear.date(date) == nil { throw ValidationError("--date '\(date)' is not YYYY-MM-DD") }
    }

    func run() throws {
        let engine = try options.engine()
        guard let index = engine.index(version: version, date: date.flatMap(FiscalYear.date)) else {
            throw CLIError("no code sets loaded for \(version ?? date ?? "the newest version")")
        }
        let requested = version.flatMap(Int.init) ?? date.flatMap(FiscalYear.containing)
        if let requested, !engine.indexes.keys.contains(String(requested)),
            let used = engine.indexes.keys.sorted().last(where: { Int($0)! <= requested })
                ?? engine.indexes.keys.sorted().first
        {
            FileHandle.standardError.write(
                Data("note: no ICD-10-CM release for FY\(requested) is loaded; using FY\(used)\n".utf8))
        }
        let systems: Set<CodeSystem> = system == "all" ? Set(CodeSystem.allCases) : [CodeSystem(rawValue: system)!]
        let results = index.search(
            words.joined(separator: " "), limit: limit, filter: SearchFilter(systems: systems, billableOnly: billable))
        if options.json {
            try printJSON(results)
            return
        }
        if results.isEmpty {
            print("no codes found for \"\(words.joined(separator: " "))\"")
            return
        }
        for r in results {
            let mark = r.billable ? " " : "-"
            var line = "\(pad(r.code, 9))\(mark) \(pad(r.system.displayName, 11)) \(r.title)"
            if let matched = r.matched { line += "  [\(matched)]" }
            if r.new == true {
                line +=
                    "  (new in FY\(engine.indexVersion(version: version, date: date.flatMap(FiscalYear.date)) ?? "?"))"
            }
            print(line)
        }
    }
}
