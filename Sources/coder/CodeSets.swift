import ArgumentParser
import CodeSearch
import Foundation
import Terminology

struct CodeSets: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "codesets",
        abstract: "List the loaded code sets, or import an official CMS/CDC release file.",
        subcommands: [List.self, Import.self, Changes.self])

    struct Changes: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract:
                "What an ICD-10-CM release changed: codes added, deleted (with their replacements) and retitled, by chapter.",
            discussion: "From the release's code addenda, e.g. `coder codesets changes 2027`.")
        @OptionGroup var options: CodeSetOptions
        @Argument(help: "The fiscal year of the release (e.g. 2027).")
        var year: String

        func validate() throws {
            guard let y = Int(year), (2015...2100).contains(y) else {
                throw ValidationError("'\(year)' is not a fiscal year like 2027")
            }
        }

        func run() throws {
            let library = try options.engine().library
            guard let changes = library.changes(version: year) else {
                let loaded = library.addenda.keys.sorted()
                throw CLIError(
                    "no ICD-10-CM code addenda for FY\(year) are loaded"
                        + (loaded.isEmpty ? "" : " (loaded: FY\(loaded.joined(separator: ", FY")))")
                        + "; import one with `coder codesets import icd10cm_codes_addenda_\(year).txt`")
            }
            if options.json {
                try printJSON(changes)
                return
            }
            print(
                "ICD-10-CM FY\(changes.version), in effect \(changes.effective): \(changes.added) codes added, \(changes.deleted) deleted, \(changes.revised) retitled (against FY\(changes.previous))"
            )
            for c in changes.chapters {
                print("\nChapter \(c.number)  \(c.title)")
                if !c.added.isEmpty {
                    print("  Added (\(c.added.count)):")
                    for a in c.added { print("    \(pad(a.code, 9)) \(a.title)") }
                }
                if !c.newHeadings.isEmpty {
                    print("  New headings (\(c.newHeadings.count)):")
                    for a in c.newHeadings { print("    \(pad(a.code, 9)) \(a.title)") }
                }
                if !c.deleted.isEmpty {
                    print("  Deleted (\(c.deleted.count)):")
                    for d in c.deleted {
                        let instead =
                            d.replacements.isEmpty
                            ? "no code named in its place" : "→ " + d.replacements.joined(separator: ", ")
                        print("    \(pad(d.code, 9)) \(d.title)  \(instead)")
                    }
                }
                if !c.revised.isEmpty {
                    print("  Retitled (\(c.revised.count)):")
                    for r in c.revised { print("    \(pad(r.code, 9)) \(r.previousTitle ?? "") → \(r.title)") }
                }
            }
        }
    }

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
                // an index carried to several years is one index: counted once per release it came from
                var byRelease: [String: Int] = [:]
                for index in library.alphabeticIndexes.values { byRelease[index.version] = index.entries.count }
                let indexEntries: Int = byRelease.values.reduce(0, +)
                let counts: [String: Int] = [
                    "icd10cm-tabular": library.tabulars.values.reduce(0) { $0 + $1.billableCount },
                    // an index carried to several years is one index: count it once per release it came from
                    "icd10cm-index": indexEntries,
                    "icd10cm-eindex": library.externalCauseIndexes.values.reduce(0) { $0 + $1.entries.count },
                    "icd10cm-neoplasm-table": library.neoplasmTables.values.reduce(0) { $0 + $1.rows.count },
                    "icd10cm-drug-table": library.drugTables.values.reduce(0) { $0 + $1.rows.count },
                    "icd10cm-order-file": library.orderFiles.values.reduce(0) { $0 + $1.entries.count },
                    "icd10cm-addenda": library.addenda.values.reduce(0) {
                        $0 + $1.added.count + $1.deleted.count + $1.revised.count
                    },
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
                            "snapshot: \(summary.kind.rawValue) has \(counts[summary.kind.rawValue] ?? 0) entries, expected \(expected); remove \(options.locations.snapshotFolder.path) to rebuild it"
                        )
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
                print(
                    "\(pad(s.system.displayName, 11)) \(pad(s.version, 5)) \(pad(s.kind.rawValue, 24)) \(s.detail)  (\(s.source))"
                )
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
                print(
                    "imported \(r.kind.rawValue) \(r.version) from \(r.source): \(summary?.detail ?? "\(r.count) entries")"
                )
            }
        }
    }
}
