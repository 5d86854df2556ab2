import ArgumentParser
import CodeSearch
import Foundation
import Terminology

struct CodeSets: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "codesets",
        abstract: "List the loaded code sets, or import an official CMS/CDC release file.",
        subcommands: [List.self, Import.self])

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "What is loaded, per system and version.")
        @OptionGroup var options: CodeSetOptions

        @Flag(help: "Decode every loaded component and count its entries again (slower; checks the snapshot).")
        var verify = false

        func run() throws {
            let start = Date()
            let engine = try options.engine()
            if verify {
                let library = engine.library
                let counts = [
                    "icd10cm-tabular": library.tabulars.values.reduce(0) { $0 + $1.billableCount },
                    "icd10cm-index": library.alphabeticIndexes.values.reduce(0) { $0 + $1.entries.count },
                    "icd10cm-eindex": library.externalCauseIndexes.values.reduce(0) { $0 + $1.entries.count },
                    "icd10cm-neoplasm-table": library.neoplasmTables.values.reduce(0) { $0 + $1.rows.count },
                    "icd10cm-drug-table": library.drugTables.values.reduce(0) { $0 + $1.rows.count },
                    "icd10cm-order-file": library.orderFiles.values.reduce(0) { $0 + $1.entries.count },
                    "icd10cm-poa-exempt": library.poaExemptLists.values.reduce(0) { $0 + $1.count },
                    "hcpcs": library.hcpcsSets.values.reduce(0) { $0 + $1.codes.count },
                    "icd10pcs-tables": library.pcsTables.values.reduce(0) { $0 + $1.codeCount },
                    "icd10pcs-definitions": library.pcsDefinitions.values.reduce(0) { $0 + $1.terms.count },
                    "icd10pcs-index": library.pcsIndexes.values.reduce(0) { $0 + $1.entries.count },
                    "icd10pcs-titles": library.pcsTitleLists.values.reduce(0) { $0 + $1.count },
                    "icd10pcs-axis-definitions": library.pcsGlossaries.values.reduce(0) { $0 + $1.entries.count },
                ]
                for summary in library.summaries {
                    let kinds = library.summaries.filter { $0.kind == summary.kind }
                    let expected = kinds.reduce(0) { $0 + $1.count }
                    guard let found = counts[summary.kind.rawValue], found == expected else {
                        throw CLIError(
                            "snapshot: \(summary.kind.rawValue) has \(counts[summary.kind.rawValue] ?? 0) entries, expected \(expected); remove \(options.locations.snapshotFolder.path) to rebuild it")
                    }
                }
            }
            let elapsed = Date().timeIntervalSince(start)
            let summaries = engine.library.summaries.sorted {
                ($0.system.rawValue, $0.version, $0.kind.rawValue) < ($1.system.rawValue, $1.version, $1.kind.rawValue)
            }
            if options.json {
                try printJSON(summaries)
                return
            }
            for s in summaries {
                print("\(pad(s.system.displayName, 11)) \(pad(s.version, 5)) \(pad(s.kind.rawValue, 24)) \(s.detail)  (\(s.source))")
            }
            let ms = Int(elapsed * 1000)
            print(
                "loaded in \(ms) ms \(engine.fromSnapshot ? "from the compiled snapshot" : "from the sources (snapshot written)")"
                    + (verify ? "; every component decoded and its count checked" : ""))
        }
    }

    struct Import: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Import an official release file (or every one in a folder) into the data folder.",
            discussion: """
                Examples:
                  coder codesets import ../shared/codesets/icd10pcs-2026/icd10pcs_tables_2026.xml
                  coder codesets import ../shared/codesets/icd10cm-2025/
                The data folder is $CODER_HOME, or ~/.local/share/opencoder.
                """)
        @OptionGroup var options: CodeSetOptions
        @Argument(help: "A release file or a folder of them.")
        var path: String

        func run() throws {
            let records: [ImportRecord]
            do {
                records = try CodeSetImporter.importPath(path, into: options.locations)
            } catch let error as ReleaseFileError {
                throw CLIError(error.description)
            }
            let engine = try options.engine()
            if options.json {
                try printJSON(records)
                return
            }
            for r in records {
                let summary = engine.library.summaries.first { $0.kind == r.kind && $0.version == r.version }
                print("imported \(r.kind.rawValue) \(r.version) from \(r.source): \(summary?.detail ?? "\(r.count) entries")")
            }
        }
    }
}
