import ArgumentParser
import CodeSearch
import Foundation
import Terminology

/// The whole tabular entry of a code, as `coder show --json` prints it.
struct CodeDetail: Codable {
    struct Level: Codable {
        var code: String
        var title: String
        var kind: String
    }
    struct Note: Codable {
        var kind: String
        var heading: String
        var text: String
        var source: String
        var inherited: Bool
        var references: [String]
    }
    struct Seventh: Codable {
        var character: String
        var meaning: String
        var code: String?
        var notes: [String]?
    }
    struct Axis: Codable {
        var position: Int
        var title: String
        var value: String
        var label: String
    }
    var code: String
    var system: String
    var version: String
    var title: String
    var kind: String
    var billable: Bool
    var hierarchy: [Level]
    var notes: [Note]
    var seventhCharacterSource: String?
    var seventhCharacters: [Seventh]
    var children: [Level]
    var axes: [Axis]?
    /// What the release did to the code (new, retitled, deleted as a code) when its code addenda say.
    var change: CodeChange?
}

struct Show: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Show a code's whole tabular entry: hierarchy, every note that applies, 7th characters, PCS axes.",
        discussion: """
            Examples:
              coder show W21.89XA
              coder show I50.2 --json
              coder show 0DTJ4ZZ
            """)

    @OptionGroup var options: CodeSetOptions

    @Argument(help: "The code, with or without the dot.")
    var code: String

    @Option(help: "Use the code sets in effect on this date (YYYY-MM-DD).")
    var date: String?

    @Option(help: "Use this code-set version (fiscal year), e.g. 2026.")
    var version: String?

    @Option(
        help:
            "icd10cm, icd10pcs or hcpcs, where a code reads in more than one (J1100 is ICD-10-CM J11.00 and HCPCS J1100)."
    )
    var system: String?

    func validate() throws {
        if let system, CodeSystem(rawValue: system) == nil {
            throw ValidationError("unknown system '\(system)': use icd10cm, icd10pcs or hcpcs")
        }
        if let date, FiscalYear.date(date) == nil { throw ValidationError("--date '\(date)' is not YYYY-MM-DD") }
        if code.trimmingCharacters(in: .whitespaces).isEmpty { throw ValidationError("no code given") }
    }

    func run() throws {
        let engine = try options.engine()
        let library = engine.library
        let tabular: TabularList?
        if let version {
            tabular = library.tabular(version: version)
        } else {
            tabular = library.tabular(on: date.flatMap(FiscalYear.date))
        }
        let wanted = system.flatMap(CodeSystem.init(rawValue:))
        let year = version ?? (date.flatMap(FiscalYear.containing).map(String.init)) ?? tabular?.version ?? ""
        if wanted == nil || wanted == .icd10cm, let tabular, let index = tabular.index(of: code) {
            var detail = Self.detail(tabular, index)
            detail.change = library.change(ofCode: detail.code, version: tabular.version)
            if options.json { try printJSON(detail) } else { Self.printDetail(detail) }
            if wanted == nil, !code.contains("."), let other = Self.hcpcsDetail(library, code: code, version: year) {
                FileHandle.standardError.write(
                    Data("note: \(other.code) is also HCPCS Level II (\(other.title)); --system hcpcs shows it\n".utf8))
            }
            return
        }
        if wanted == nil || wanted == .icd10pcs, let detail = Self.pcsDetail(library, code: code, version: year) {
            if options.json { try printJSON(detail) } else { Self.printPCS(detail) }
            return
        }
        let pcs = CodeFormat.normalize(code)
        if wanted == nil || wanted == .icd10pcs, CodeFormat.looksLikePCS(pcs), library.pcsTitleLists[year] != nil,
            let older = library.pcsTables.values.filter({ $0.version < year && $0.contains(pcs) }).map(\.version).max()
        {
            throw CLIError(
                "\(pcs) is not a code of ICD-10-PCS FY\(year): valid through FY\(older), not in the FY\(year) valid code list"
            )
        }
        if wanted == nil || wanted == .hcpcs, let detail = Self.hcpcsDetail(library, code: code, version: year) {
            if options.json { try printJSON(detail) } else { Self.printHCPCS(detail) }
            return
        }
        if wanted == nil || wanted == .icd10cm, let tabular,
            let change = library.latestChange(ofCode: code, upTo: tabular.version), change.kind == .deleted
        {
            throw CLIError("\(change.code) is not a code of ICD-10-CM FY\(tabular.version): \(change.sentence)")
        }
        throw CLIError(
            "unknown code '\(code)': not in ICD-10-CM \(tabular?.version ?? "")"
                + (library.pcsTables.isEmpty && library.pcsTitleLists.isEmpty ? "" : ", ICD-10-PCS")
                + (library.hcpcsSets.isEmpty ? "" : " or HCPCS"))
    }

    static func detail(_ tabular: TabularList, _ index: Int) -> CodeDetail {
        let entry = tabular.entries[index]
        let levels = tabular.path(to: index).map { i in
            let e = tabular.entries[i]
            return CodeDetail.Level(
                code: e.kind == .chapter ? "Chapter \(e.code)" : e.code, title: e.title, kind: e.kind.name)
        }
        let notes = tabular.applicableNotes(for: index).map { source, note in
            CodeDetail.Note(
                kind: "\(note.kind)", heading: note.kind.heading, text: note.text,
                source: tabular.entry(source)?.kind == .chapter ? "Chapter \(source)" : source,
                inherited: source != entry.code, references: note.references.map(\.description))
        }
        var sevenths: [CodeDetail.Seventh] = []
        let seventh = tabular.applicableSeventhCharacters(for: index)
        if let seventh {
            let base: String? =
                entry.kind == .extended ? nil : (entry.children.isEmpty ? nil : CodeFormat.normalize(entry.code))
            for value in seventh.values {
                var code: String?
                if let base {
                    code = CodeFormat.completed(base, seventh: value.character)
                    if tabular.index(of: code!) == nil { code = nil }
                }
                sevenths.append(
                    CodeDetail.Seventh(
                        character: value.character, meaning: value.meaning, code: code,
                        notes: value.notes.isEmpty ? nil : value.notes))
            }
        }
        let children = entry.children.prefix(200).map { i in
            let e = tabular.entries[Int(i)]
            return CodeDetail.Level(code: e.code, title: e.title, kind: e.kind.name)
        }
        return CodeDetail(
            code: entry.kind == .chapter ? "Chapter \(entry.code)" : entry.code, system: CodeSystem.icd10cm.rawValue,
            version: tabular.version, title: entry.title, kind: entry.kind.name, billable: entry.billable,
            hierarchy: levels, notes: notes, seventhCharacterSource: seventh?.source, seventhCharacters: sevenths,
            children: Array(children), axes: nil)
    }

    static func printDetail(_ d: CodeDetail) {
        print("\(d.code)  \(d.title)")
        let status =
            d.billable ? "billable" : (d.seventhCharacters.isEmpty ? "header (not billable)" : "needs a 7th character")
        print("ICD-10-CM FY\(d.version) · \(d.kind) · \(status)")
        if let change = d.change { print(change.sentence) }
        print("\nHierarchy:")
        for (depth, level) in d.hierarchy.enumerated() {
            print(String(repeating: "  ", count: depth + 1) + "\(level.code)  \(level.title)")
        }
        if !d.notes.isEmpty {
            print("\nNotes that apply (own, then inherited):")
            var lastHeading = ""
            for note in d.notes {
                let heading = "\(note.heading) — at \(note.source)\(note.inherited ? " (inherited)" : "")"
                if heading != lastHeading {
                    print("  \(heading):")
                    lastHeading = heading
                }
                print("    • \(note.text)")
            }
        }
        if let source = d.seventhCharacterSource {
            print("\n7th characters (defined at \(source)):")
            let own = d.code.count == 8 ? String(d.code.last!) : nil
            for s in d.seventhCharacters {
                let marker = s.character == own ? "  ← this code" : ""
                let code = s.code.map { "  \($0)" } ?? ""
                print("  \(s.character)  \(s.meaning)\(code)\(marker)")
            }
        }
        if !d.children.isEmpty {
            print("\nCodes below:")
            for c in d.children { print("  \(pad(c.code, 9)) \(c.title)") }
        }
    }
}

extension Show {
    static func pcsDetail(_ library: CodeSetLibrary, code: String, version: String) -> CodeDetail? {
        let normalized = CodeFormat.normalize(code)
        guard CodeFormat.looksLikePCS(normalized) else { return nil }
        let titles = library.companion(library.pcsTitleLists, for: version)
        let tables = library.companion(library.pcsTables, for: version)
        var axes: [CodeDetail.Axis]?
        var title = titles?.title(of: normalized)
        var pcsVersion = library.pcsTitleLists.first { $0.value.count == titles?.count }?.key ?? version
        var change: CodeChange?
        // a year with a code list of its own and no tables (FY2027): the list says whether it is a code
        let ownList =
            library.pcsTables[version] == nil && library.pcsTitleLists[version] != nil
            && (library.pcsTables.keys.max().map { $0 < version } ?? false)
        if ownList {
            guard let own = library.pcsTitleLists[version]?.title(of: normalized) else { return nil }
            title = own
            pcsVersion = version
            if let values = tables?.axes(of: normalized) ?? tables?.labelledAxes(of: normalized) {
                axes = values.map {
                    CodeDetail.Axis(position: $0.position, title: $0.title, value: String($0.value), label: $0.label)
                }
            }
            if tables?.contains(normalized) == false {
                change = CodeChange(version: version, kind: .added, code: normalized, title: own)
            }
        } else if let tables, let values = tables.axes(of: normalized) {
            axes = values.map {
                CodeDetail.Axis(position: $0.position, title: $0.title, value: String($0.value), label: $0.label)
            }
            title = tables.title(of: normalized, preferring: titles)
            pcsVersion = tables.version
        }
        guard let title else { return nil }
        var notes: [CodeDetail.Note] = []
        let officialDefinitions = library.companion(library.pcsDefinitions, for: version) != nil
        if axes == nil || !officialDefinitions, let glossary = library.companion(library.pcsGlossaries, for: version) {
            // without the tables: the first five axes from the shipped axis definitions; without the official
            // definitions: theirs
            let known = glossary.axes(of: normalized)
            if !known.isEmpty {
                if axes == nil {
                    axes = known.map {
                        CodeDetail.Axis(
                            position: $0.position, title: $0.title, value: String($0.value), label: $0.entry.label)
                    }
                }
                for a in known where a.entry.definition != nil && !officialDefinitions {
                    notes.append(
                        CodeDetail.Note(
                            kind: "definition", heading: a.title, text: "\(a.entry.label): \(a.entry.definition!)",
                            source: "ICD-10-PCS axis definitions (shipped)", inherited: false, references: []))
                }
            }
        }
        if let definitions = library.companion(library.pcsDefinitions, for: version), let tables {
            for d in definitions.definitions(of: normalized, in: tables) {
                let text =
                    [d.definition, d.explanation].compactMap { $0 }.joined(separator: " ")
                    + (d.includes.isEmpty ? "" : " Includes: " + d.includes.joined(separator: "; "))
                notes.append(
                    CodeDetail.Note(
                        kind: "definition", heading: d.axisTitle, text: "\(d.titles.first ?? ""): \(text)",
                        source: "ICD-10-PCS definitions \(definitions.version)", inherited: false, references: []))
            }
        }
        return CodeDetail(
            code: normalized, system: CodeSystem.icd10pcs.rawValue, version: pcsVersion, title: title, kind: "code",
            billable: true, hierarchy: [], notes: notes, seventhCharacterSource: nil, seventhCharacters: [],
            children: [], axes: axes, change: change)
    }

    static func printPCS(_ d: CodeDetail) {
        print("\(d.code)  \(d.title)")
        print("ICD-10-PCS FY\(d.version) · valid code")
        if let change = d.change { print(change.sentence) }
        if let axes = d.axes {
            print("\nAxes:")
            for a in axes { print("  \(a.position)  \(pad(a.title, 14)) \(a.value)  \(a.label)") }
        }
        if (d.axes?.count ?? 0) < 7 && d.change == nil {
            print("\n(import the PCS tables for all seven axes: coder codesets import icd10pcs_tables_YYYY.xml)")
        }
        if !d.notes.isEmpty {
            print("\nDefinitions:")
            for n in d.notes { print("  \(n.heading) — \(n.text)") }
        }
    }

    static func hcpcsDetail(_ library: CodeSetLibrary, code: String, version: String) -> CodeDetail? {
        guard let set = library.companion(library.hcpcsSets, for: version), let entry = set.code(code.uppercased())
        else {
            return nil
        }
        let version = library.hcpcsSets.first { $0.value.codes.count == set.codes.count }?.key ?? version
        var notes: [CodeDetail.Note] = []
        if let coverage = entry.coverage {
            notes.append(
                CodeDetail.Note(
                    kind: "coverage", heading: "Coverage", text: "\(coverage.rawValue): \(coverage.meaning)",
                    source: "HCPCS", inherited: false, references: []))
        }
        notes.append(
            CodeDetail.Note(
                kind: "action", heading: "Action",
                text: "\(entry.action) (effective \(entry.actionEffectiveDate.map { "\($0)" } ?? "-"))",
                source: "HCPCS", inherited: false, references: []))
        return CodeDetail(
            code: entry.code, system: CodeSystem.hcpcs.rawValue, version: version, title: entry.longDescription,
            kind: "\(entry.kind)", billable: entry.terminationDate == nil, hierarchy: [], notes: notes,
            seventhCharacterSource: nil, seventhCharacters: [], children: [], axes: nil)
    }

    static func printHCPCS(_ d: CodeDetail) {
        print("\(d.code)  \(d.title)")
        print("HCPCS Level II \(d.version) · \(d.kind)\(d.billable ? "" : " · terminated")")
        for n in d.notes { print("  \(n.heading): \(n.text)") }
    }
}
