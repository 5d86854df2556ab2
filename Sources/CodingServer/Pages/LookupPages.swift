import CodeSearch
import Foundation
import Hummingbird
import Offload
import Terminology
import Worklist

/// Lookup: the typeahead over ICD-10-CM, ICD-10-PCS and HCPCS, the Tabular List entry with every note that applies,
/// the Alphabetic Index (when imported) and the PCS table builder.
struct LookupPages {
    let state: ServerState

    func register(_ pages: RouterGroup<CoderRequestContext>) {
        let engines = state.engines
        pages.get("lookup") { request, context in
            let user = try context.pageUser(request)
            let q = request.uri.queryParameters.get("q") ?? ""
            let system = request.uri.queryParameters.get("system") ?? "all"
            let problem = QueryLimits.problem(q)
            var results: [SearchResult] = []
            if problem == nil, !q.trimmingCharacters(in: .whitespaces).isEmpty,
                let index = engines.lookup.index(
                    version: nil, date: request.uri.queryParameters.get("date").flatMap(FiscalYear.date))
            {
                let systems = CodeSystem(rawValue: system).map { Set([$0]) } ?? Set(CodeSystem.allCases)
                results = try await WorkerPool.compute.run {
                    index.search(q, limit: 25, filter: SearchFilter(systems: systems))
                }
            }
            let library = engines.lookup.library
            let year = library.tabular()?.version
            let model = LookupModel(
                query: q,
                systems: [
                    ("all", "all code sets"), ("icd10cm", "ICD-10-CM"), ("icd10pcs", "ICD-10-PCS"), ("hcpcs", "HCPCS"),
                ].map { .init(value: $0.0, label: $0.1, selected: $0.0 == system) },
                results: results.map(ResultItem.init), problem: problem,
                changesYear: year.flatMap { library.addenda[$0] != nil ? $0 : nil }, hasIndex: Self.hasIndex(library),
                indexQuery: q.isEmpty ? "" : "?term=" + urlComponent(q))
            return Page(title: "Lookup", user: user, template: "lookup", model: model, section: "lookup")
        }
        pages.get("code/:system/:code") { request, context in
            let user = try context.pageUser(request)
            let system = context.parameters.get("system") ?? ""
            let code = context.parameters.get("code") ?? ""
            let (template, model): (String, Any)
            switch system {
            case "icd10cm":
                (template, model) = (
                    "tabularEntry",
                    try Self.tabularEntry(code, version: request.uri.queryParameters.get("version"), engines: engines)
                )
            case "icd10pcs": (template, model) = ("pcsCode", try Self.pcsCode(code, engines: engines))
            case "hcpcs": (template, model) = ("hcpcsCode", try Self.hcpcsCode(code, engines: engines))
            default: throw APIError(.notFound, "\(system): not a code system (icd10cm, icd10pcs, hcpcs)")
            }
            return Page(title: code, user: user, template: template, model: model, section: "lookup")
        }
        pages.get("changes/:year") { request, context in
            let user = try context.pageUser(request)
            let year = context.parameters.get("year") ?? ""
            return Page(
                title: "ICD-10-CM FY\(year) changes", user: user, template: "releaseChanges",
                model: try Self.releaseChanges(year, library: engines.lookup.library), section: "lookup")
        }
        pages.get("index") { request, context in
            let user = try context.pageUser(request)
            let term = request.uri.queryParameters.get("term") ?? ""
            return Page(
                title: "Alphabetic Index", user: user, template: "alphabeticIndex",
                model: Self.indexModel(term, library: engines.lookup.library), section: "lookup")
        }
        pages.get("pcs") { request, context in
            let user = try context.pageUser(request)
            let code = CodeFormat.normalize(request.uri.queryParameters.get("code") ?? "")
            return Page(
                title: "ICD-10-PCS tables", user: user, template: "pcsBuilder",
                model: Self.builder(code, engines: engines), section: "pcs")
        }
    }

    /// The lookup page's view model.
    struct LookupModel {
        struct SystemChoice {
            var value: String
            var label: String
            var selected: Bool
        }
        var query: String
        var systems: [SystemChoice]
        var results: [ResultItem]
        var problem: String?
        var changesYear: String?
        var hasIndex: Bool
        var indexQuery: String
    }

    /// One result of the lookup: its code, title, whether it is a header or new.
    struct ResultItem {
        var system: String
        var code: String
        var codeInURL: String
        var title: String
        var billable: Bool
        var new: Bool

        init(_ r: SearchResult) {
            system = r.system.rawValue
            code = r.code
            codeInURL = urlComponent(r.code)
            title = r.title
            billable = r.billable
            new = r.new == true
        }
    }

    /// A code with its entry's address.
    struct CodeLink {
        var code: String
        var codeInURL: String
        var title: String

        init(_ code: String, title: String = "") {
            self.code = code
            self.codeInURL = urlComponent(code)
            self.title = title
        }
    }

    /// The Tabular List entry's view model: where it sits, its notes and those it inherits, its 7th characters, its
    /// children and the Alphabetic Index entries that lead to it.
    struct TabularEntryModel {
        struct NoteGroup {
            var element: String
            var heading: String
            var inherited: Bool
            var source: String
            var notes: [LinkedText]
        }
        struct Seventh {
            struct Value {
                var character: String
                var meaning: String
            }
            var source: String
            var values: [Value]
        }
        struct Child {
            var code: String
            var codeInURL: String
            var title: String
            var billable: Bool
            var new: Bool
        }
        var ancestors: [CodeLink]
        var code: String
        var title: String
        var kind: String
        var billable: Bool
        var version: String
        var change: LinkedText?
        var hasNotes: Bool
        var noteGroups: [NoteGroup]
        var seventh: Seventh?
        var hasChildren: Bool
        var children: [Child]
        var hasIndexEntries: Bool
        var indexEntries: [String]
    }

    /// The Tabular List entry: where it sits, its notes and those it inherits, its 7th characters and its children.
    static func tabularEntry(_ code: String, version: String? = nil, engines: ServerEngines) throws
        -> TabularEntryModel
    {
        let library = engines.lookup.library
        guard let tabular = version.map({ library.tabular(version: $0) }) ?? library.tabular() else {
            throw APIError(
                .notFound,
                "version: ICD-10-CM \(version ?? "") is not loaded (loaded: \(library.versions.joined(separator: ", ")))"
            )
        }
        guard let i = tabular.index(of: code) else {
            if let change = library.latestChange(ofCode: code, upTo: tabular.version), change.kind == .deleted {
                throw APIError(.notFound, "\(code): not a code of ICD-10-CM FY\(tabular.version). \(change.sentence)")
            }
            throw APIError(.notFound, "\(code): not an ICD-10-CM code or heading of the loaded Tabular List")
        }
        let entry = tabular.entries[i]
        // one heading over the notes of one kind written at one place
        var groups: [TabularEntryModel.NoteGroup] = []
        for (source, note) in tabular.applicableNotes(for: i) {
            if let last = groups.last, last.source == source, last.element == note.kind.elementName {
                groups[groups.count - 1].notes.append(LinkedText(note.text))
            } else {
                groups.append(
                    .init(
                        element: note.kind.elementName, heading: note.kind.heading, inherited: source != entry.code,
                        source: source, notes: [LinkedText(note.text)]))
            }
        }
        let seventh = tabular.applicableSeventhCharacters(for: i).map { source, values in
            TabularEntryModel.Seventh(
                source: source, values: values.map { .init(character: String($0.character), meaning: $0.meaning) })
        }
        let children = entry.children.map { c in
            let e = tabular.entries[Int(c)]
            return TabularEntryModel.Child(
                code: e.code, codeInURL: urlComponent(e.code), title: e.title, billable: e.billable,
                new: library.change(ofCode: e.code, version: tabular.version)?.kind == .added)
        }
        var leading: [String] = []
        if let index = library.alphabeticIndexes[tabular.version] ?? library.alphabeticIndexes.values.first {
            leading = index.entries(leadingTo: entry.code).prefix(20).map(\.heading)
        }
        return TabularEntryModel(
            ancestors: tabular.path(to: i).dropLast().map {
                CodeLink(tabular.entries[$0].code, title: tabular.entries[$0].title)
            },
            code: entry.code, title: entry.title, kind: entry.kind.name, billable: entry.billable,
            version: tabular.version,
            change: library.change(ofCode: entry.code, version: tabular.version).map { LinkedText($0.sentence) },
            hasNotes: !groups.isEmpty, noteGroups: groups, seventh: seventh, hasChildren: !children.isEmpty,
            children: children, hasIndexEntries: !leading.isEmpty, indexEntries: leading)
    }

    /// The year's changes by chapter (`releaseChanges.mustache`).
    struct ReleaseChangesModel {
        struct Deleted {
            var code: String
            var title: String
            var hasReplacements: Bool
            var replacements: [Replacement]
        }
        struct Replacement {
            var code: String
            var codeInURL: String
            var first: Bool
        }
        struct Revised {
            var code: String
            var codeInURL: String
            var title: String
            var previousTitle: String
        }
        struct Chapter {
            var number: String
            var title: String
            var added: [CodeLink]
            var newHeadings: [CodeLink]
            var deleted: [Deleted]
            var revised: [Revised]
        }
        var version: String
        var effective: String
        var added: Int
        var deleted: Int
        var revised: Int
        var previous: String
        var chapters: [Chapter]
    }

    /// The year's changes by chapter: added, new headings, deleted with their replacements, retitled.
    static func releaseChanges(_ year: String, library: CodeSetLibrary) throws -> ReleaseChangesModel {
        guard let changes = library.changes(version: year) else {
            let loaded = library.addenda.keys.sorted().map { "FY\($0)" }.joined(separator: ", ")
            throw APIError(
                .notFound,
                "year: no ICD-10-CM code addenda for \(year) are loaded\(loaded.isEmpty ? "" : " (loaded: \(loaded))")")
        }
        return ReleaseChangesModel(
            version: changes.version, effective: changes.effective, added: changes.added, deleted: changes.deleted,
            revised: changes.revised, previous: changes.previous,
            chapters: changes.chapters.map { c in
                .init(
                    number: c.number, title: c.title, added: c.added.map { CodeLink($0.code, title: $0.title) },
                    newHeadings: c.newHeadings.map { CodeLink($0.code, title: $0.title) },
                    deleted: c.deleted.map { d in
                        .init(
                            code: d.code, title: d.title, hasReplacements: !d.replacements.isEmpty,
                            replacements: d.replacements.enumerated().map {
                                .init(code: $1, codeInURL: urlComponent($1), first: $0 == 0)
                            })
                    },
                    revised: c.revised.map {
                        .init(
                            code: $0.code, codeInURL: urlComponent($0.code), title: $0.title,
                            previousTitle: $0.previousTitle ?? "")
                    })
            })
    }

    /// Text with the codes in it (`J69.0`, `E11.-`, `I10`) to be made links to their entries (`linkedText.mustache`):
    /// each piece is either a code (`linked`) or the text between (`plain`).
    struct LinkedText {
        struct Piece {
            var linked: String?
            var plain: String?
        }
        var pieces: [Piece]

        init(_ text: String) {
            let ns = text as NSString
            var pieces: [Piece] = []
            var last = 0
            let matches =
                (try? NSRegularExpression(
                    pattern:
                        "\\b((?:[A-TV-Z][0-9][0-9A-Z]|[A-TV-Z][A-Z][0-9])(?:\\.[0-9A-Z]{1,4})?)(?![0-9A-Za-z])(\\.-|-)?"
                ))?.matches(in: text, range: NSRange(location: 0, length: ns.length)) ?? []
            for m in matches {
                let r = m.range(at: 1)
                pieces.append(Piece(plain: ns.substring(with: NSRange(location: last, length: r.location - last))))
                pieces.append(Piece(linked: ns.substring(with: r)))
                last = r.location + r.length
            }
            pieces.append(Piece(plain: ns.substring(from: last)))
            self.pieces = pieces
        }
    }

    /// An ICD-10-PCS code's page: its title and the meaning of each character.
    struct PCSCodeModel {
        struct Axis {
            var position: Int
            var title: String
            var value: String
            var label: String
        }
        var code: String
        var title: String
        var version: String
        var hasAxes: Bool
        var axes: [Axis]
        var table: String
    }

    static func pcsCode(_ code: String, engines: ServerEngines) throws -> PCSCodeModel {
        let normalized = CodeFormat.normalize(code)
        let library = engines.lookup.library
        guard let version = library.versions.last, let set = library.pcsCodes(for: version),
            let title = set.title(normalized)
        else {
            throw APIError(.notFound, "\(code): not an ICD-10-PCS code of the loaded code set")
        }
        let axes =
            library.pcsTables.values.max(by: { $0.version < $1.version })?.axes(of: normalized)?.map {
                PCSCodeModel.Axis(position: $0.position, title: $0.title, value: String($0.value), label: $0.label)
            } ?? []
        return PCSCodeModel(
            code: normalized, title: title, version: set.version, hasAxes: !axes.isEmpty, axes: axes,
            table: String(normalized.prefix(3)))
    }

    /// A HCPCS code's page.
    struct HCPCSCodeModel {
        var code: String
        var shortDescription: String
        var longDescription: String
    }

    static func hcpcsCode(_ code: String, engines: ServerEngines) throws -> HCPCSCodeModel {
        let library = engines.lookup.library
        guard let set = library.hcpcsSets.max(by: { $0.key < $1.key })?.value, let c = set.code(code.uppercased())
        else {
            throw APIError(.notFound, "\(code): not a HCPCS code of the loaded code set")
        }
        return HCPCSCodeModel(code: c.code, shortDescription: c.shortDescription, longDescription: c.longDescription)
    }

    /// Whether an Alphabetic Index or one of its tables is imported.
    static func hasIndex(_ library: CodeSetLibrary) -> Bool {
        !library.alphabeticIndexes.isEmpty || !library.externalCauseIndexes.isEmpty || !library.neoplasmTables.isEmpty
            || !library.drugTables.isEmpty
    }

    /// The Alphabetic Index page's view model (`alphabeticIndex.mustache`).
    struct IndexModel {
        /// A code as the index prints it, and the entry it opens: a code written with a dash (`C34.9-`) needs more
        /// characters, so it opens the entry above them.
        struct IndexCode {
            var code: String
            var target: String

            init(_ code: String) {
                self.code = code
                target = urlComponent(
                    code.hasSuffix("-") ? String(code.dropLast()).trimmingCharacters(in: ["."]) : code)
            }
        }
        struct Entry {
            var level: Int
            var title: String
            var modifier: String?
            var code: IndexCode?
            var manifestation: IndexCode?
            var see: String?
            var seeAlso: String?
        }
        struct Index {
            var name: String
            var entries: [Entry]
        }
        struct Row {
            struct Cell {
                var code: IndexCode?
            }
            var level: Int
            var heading: String
            var cells: [Cell]
        }
        struct Table {
            var name: String
            var headings: [String]
            var rows: [Row]
        }
        var term: String
        var imported: Bool
        var indexes: [Index]
        var tables: [Table]
        var notFound: Bool
    }

    /// The Alphabetic Index of Diseases and Injuries, the External Cause Index, the Neoplasm Table and the Table of
    /// Drugs and Chemicals, as imported (the newest release of each): the entries and rows under a main term.
    static func indexModel(_ term: String, library: CodeSetLibrary) -> IndexModel {
        var model = IndexModel(term: term, imported: hasIndex(library), indexes: [], tables: [], notFound: false)
        guard model.imported, !term.trimmingCharacters(in: .whitespaces).isEmpty else { return model }
        let indexes = [library.alphabeticIndexes, library.externalCauseIndexes].compactMap {
            $0.max(by: { $0.key < $1.key })?.value
        }
        for index in indexes {
            let entries = index.entries(matchingMainTerm: term).prefix(400)
            guard !entries.isEmpty else { continue }
            model.indexes.append(
                .init(
                    name: index.kind.name,
                    entries: entries.map { e in
                        // the nonessential modifiers of this level only (the levels above show their own)
                        let modifier = e.modifiers.last.flatMap { m in m.isEmpty ? nil : m.hasPrefix("(") ? m : "(\(m))"
                        }
                        return .init(
                            level: min(e.level, 6), title: e.title, modifier: modifier,
                            code: e.code.map(IndexModel.IndexCode.init),
                            manifestation: e.manifestation.map(IndexModel.IndexCode.init), see: e.see,
                            seeAlso: e.seeAlso)
                    }))
        }
        let tables = [library.neoplasmTables, library.drugTables].compactMap { $0.max(by: { $0.key < $1.key })?.value }
        for table in tables {
            var rows = table.rows(matchingMainTerm: term)
            if rows.isEmpty {
                // the Neoplasm Table has one main term: a site is looked up among its subterms, with the rows below
                let wanted = term.trimmingCharacters(in: .whitespaces).lowercased()
                var inside = false
                for r in table.rows {
                    if r.level == 1 {
                        let title = r.title.lowercased()
                        inside = title == wanted || title.split(separator: ",").first.map(String.init) == wanted
                    }
                    if inside && r.level >= 1 { rows.append(r) }
                }
            }
            rows = Array(rows.prefix(300))
            guard !rows.isEmpty else { continue }
            model.tables.append(
                .init(
                    name: table.kind.name, headings: [table.termHeading] + table.columns,
                    rows: rows.map { r in
                        .init(
                            level: min(r.level, 6), heading: r.heading,
                            cells: r.cells.map { .init(code: $0.map(IndexModel.IndexCode.init)) })
                    }))
        }
        model.notFound = model.indexes.isEmpty && model.tables.isEmpty
        return model
    }

    /// The Alphabetic Index page's body for a main term.
    static func alphabeticIndex(_ term: String, library: CodeSetLibrary) -> String {
        PageTemplates.render("alphabeticIndex", indexModel(term, library: library))
    }

    /// The PCS table builder's view model (`pcsBuilder.mustache`).
    struct BuilderModel {
        struct Step {
            var prefix: String
            var label: String
        }
        struct Built {
            var code: String
            var title: String
        }
        struct Next {
            struct Value {
                var chosen: String
                var value: String
                var valueInURL: String
                var label: String
            }
            var axis: String
            var position: Int
            var values: [Value]
        }
        var chosenSteps: [Step]
        var built: Built?
        var invalid: String?
        var deadEnd: String?
        var next: Next?
        var hasTables: Bool
    }

    /// The PCS table builder: the code chosen so far, and for the next position only the values that lead to at least
    /// one valid code given the ones chosen.
    static func builder(_ code: String, engines: ServerEngines) -> BuilderModel {
        let library = engines.lookup.library
        let tables = library.pcsTables.values.max(by: { $0.version < $1.version })
        let chosen = String(code.prefix(7))
        var model = BuilderModel(
            chosenSteps: [], built: nil, invalid: nil, deadEnd: nil, next: nil, hasTables: tables != nil)
        // the chosen characters, each a step back
        for n in stride(from: 1, through: chosen.count, by: 1) {
            let prefix = String(chosen.prefix(n))
            let value = tables?.validValues(prefix: String(prefix.dropLast())).first {
                String($0.value) == String(prefix.last!)
            }
            model.chosenSteps.append(
                .init(
                    prefix: prefix, label: value.map { "\($0.title): \($0.value) \($0.label)" } ?? String(prefix.last!))
            )
        }
        let values: [(String, String, String)]
        if let tables {
            values = tables.validValues(prefix: chosen).map { (String($0.value), $0.label, $0.title) }
        } else if let version = library.versions.last, let set = library.pcsCodes(for: version) {
            // no tables imported: the characters that continue a valid code of the title list
            var next: [Character] = []
            let lower = set.codes.partitioningIndex { $0 >= chosen }
            for c in set.codes[lower...] {
                guard c.hasPrefix(chosen) else { break }
                if c.count > chosen.count {
                    let ch = c[c.index(c.startIndex, offsetBy: chosen.count)]
                    if next.last != ch { next.append(ch) }
                }
            }
            values = next.map { (String($0), "", "Position \(chosen.count + 1)") }
        } else {
            values = []
        }
        if chosen.count == 7 {
            if let version = library.versions.last, let title = library.pcsCodes(for: version)?.title(chosen) {
                model.built = .init(code: chosen, title: title)
            } else {
                model.invalid = chosen
            }
        } else if values.isEmpty {
            model.deadEnd = chosen
        } else {
            model.next = .init(
                axis: values[0].2, position: chosen.count + 1,
                values: values.map {
                    .init(chosen: chosen, value: $0.0, valueInURL: urlComponent($0.0), label: $0.1)
                })
        }
        return model
    }
}

extension Array where Element == String {
    /// The first index whose element satisfies a predicate that is false then true along the sorted array.
    func partitioningIndex(where belongs: (String) -> Bool) -> Int {
        var lo = 0
        var hi = count
        while lo < hi {
            let mid = (lo + hi) / 2
            if belongs(self[mid]) { hi = mid } else { lo = mid + 1 }
        }
        return lo
    }
}
