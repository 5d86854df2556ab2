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
            var body = """
                <h1>Lookup</h1>
                <form method="get" action="/lookup" class="lookup" role="search">
                <label for="q">Code or words</label>
                <input id="q" name="q" value="\(esc(q))" autocomplete="off" autofocus data-typeahead="results" aria-autocomplete="list" aria-controls="results">
                <label for="system">in</label> <select id="system" name="system">
                """
            for (value, label) in [
                ("all", "all code sets"), ("icd10cm", "ICD-10-CM"), ("icd10pcs", "ICD-10-PCS"), ("hcpcs", "HCPCS"),
            ] {
                body += "<option value=\"\(value)\"\(value == system ? " selected" : "")>\(label)</option>"
            }
            body += "</select> <button type=\"submit\">Search</button></form>"
            body += "<ol id=\"results\" class=\"results\" role=\"listbox\" aria-label=\"Results\">"
            let problem = QueryLimits.problem(q)
            if problem == nil, !q.trimmingCharacters(in: .whitespaces).isEmpty,
                let index = engines.lookup.index(
                    version: nil, date: request.uri.queryParameters.get("date").flatMap(FiscalYear.date))
            {
                let systems = CodeSystem(rawValue: system).map { Set([$0]) } ?? Set(CodeSystem.allCases)
                let found = try await WorkerPool.compute.run {
                    index.search(q, limit: 25, filter: SearchFilter(systems: systems))
                }
                for r in found { body += Self.resultItem(r) }
            }
            body += "</ol>"
            if let problem { body += "<p class=\"message\" role=\"alert\">\(esc("Not searched: \(problem)."))</p>" }
            if let year = engines.lookup.library.tabular()?.version, engines.lookup.library.addenda[year] != nil {
                body += "<p><a href=\"/changes/\(year)\">What changed in ICD-10-CM FY\(year)</a></p>"
            }
            if !Self.hasIndex(engines.lookup.library) {
                body +=
                    "<p class=\"hint\">The Alphabetic Index is not imported (<code>coder codesets import</code>).</p>"
            } else {
                body +=
                    "<p><a href=\"/index\(q.isEmpty ? "" : "?term=" + urlComponent(q))\">Search the Alphabetic Index</a></p>"
            }
            return Page(title: "Lookup", user: user, body: body, section: "lookup")
        }
        pages.get("code/:system/:code") { request, context in
            let user = try context.pageUser(request)
            let system = context.parameters.get("system") ?? ""
            let code = context.parameters.get("code") ?? ""
            let body: String
            switch system {
            case "icd10cm":
                body = try Self.tabularEntry(
                    code, version: request.uri.queryParameters.get("version"), engines: engines)
            case "icd10pcs": body = try Self.pcsCode(code, engines: engines)
            case "hcpcs": body = try Self.hcpcsCode(code, engines: engines)
            default: throw APIError(.notFound, "\(system): not a code system (icd10cm, icd10pcs, hcpcs)")
            }
            return Page(title: code, user: user, body: body, section: "lookup")
        }
        pages.get("changes/:year") { request, context in
            let user = try context.pageUser(request)
            let year = context.parameters.get("year") ?? ""
            return Page(
                title: "ICD-10-CM FY\(year) changes", user: user,
                body: try Self.releaseChanges(year, library: engines.lookup.library), section: "lookup")
        }
        pages.get("index") { request, context in
            let user = try context.pageUser(request)
            let term = request.uri.queryParameters.get("term") ?? ""
            return Page(
                title: "Alphabetic Index", user: user,
                body: Self.alphabeticIndex(term, library: engines.lookup.library),
                section: "lookup")
        }
        pages.get("pcs") { request, context in
            let user = try context.pageUser(request)
            let code = CodeFormat.normalize(request.uri.queryParameters.get("code") ?? "")
            return Page(
                title: "ICD-10-PCS tables", user: user, body: Self.builder(code, engines: engines), section: "pcs")
        }
    }

    static func resultItem(_ r: SearchResult) -> String {
        let href = "/code/\(r.system.rawValue)/\(urlComponent(r.code))"
        return "<li role=\"option\"><a href=\"\(href)\"><span class=\"code\">\(esc(r.code))</span> \(esc(r.title))</a>"
            + (r.billable ? "" : " <span class=\"badge\">header</span>")
            + (r.new == true ? " <span class=\"badge new\">new</span>" : "") + "</li>"
    }

    /// The Tabular List entry: where it sits, its notes and those it inherits, its 7th characters and its children.
    static func tabularEntry(_ code: String, version: String? = nil, engines: ServerEngines) throws -> String {
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
        var html = "<nav class=\"crumbs\" aria-label=\"Hierarchy\"><ol>"
        for level in tabular.path(to: i).dropLast() {
            let e = tabular.entries[level]
            html += "<li><a href=\"/code/icd10cm/\(urlComponent(e.code))\">\(esc(e.code))</a> \(esc(e.title))</li>"
        }
        html += "</ol></nav><h1><span class=\"code\">\(esc(entry.code))</span> \(esc(entry.title))</h1>"
        html += "<p>\(entry.kind.name) · "
        html +=
            entry.billable
            ? "<strong class=\"ok\">valid for reporting</strong>"
            : "<strong class=\"warn\">not valid for reporting: code to a more specific level</strong>"
        html += " · ICD-10-CM FY\(esc(tabular.version))</p>"
        if let change = library.change(ofCode: entry.code, version: tabular.version) {
            html += "<p class=\"change\">\(Self.linkCodes(change.sentence))</p>"
        }
        let notes = tabular.applicableNotes(for: i)
        if !notes.isEmpty {
            html += "<section aria-labelledby=\"notesh\"><h2 id=\"notesh\">Instructional notes</h2><dl class=\"notes\">"
            var last: (String, NoteKind)?
            for (source, note) in notes {
                // one heading over the notes of one kind written at one place
                if last.map({ $0.0 != source || $0.1 != note.kind }) ?? true {
                    html += "<dt class=\"note-\(note.kind.elementName)\">\(note.kind.heading)"
                    if source != entry.code { html += " <span class=\"from\">at \(esc(source))</span>" }
                    html += "</dt>"
                    last = (source, note.kind)
                }
                html += "<dd>\(Self.linkCodes(note.text))</dd>"
            }
            html += "</dl></section>"
        }
        if let (source, values) = tabular.applicableSeventhCharacters(for: i) {
            html +=
                "<section aria-labelledby=\"sevh\"><h2 id=\"sevh\">7th characters <span class=\"from\">at \(esc(source))</span></h2><table class=\"list\">"
            for v in values { html += row([esc(v.character), esc(v.meaning)]) }
            html += "</table></section>"
        }
        if !entry.children.isEmpty {
            html += "<section aria-labelledby=\"chh\"><h2 id=\"chh\">Below it</h2><ul class=\"children\">"
            for c in entry.children {
                let e = tabular.entries[Int(c)]
                let new = library.change(ofCode: e.code, version: tabular.version)?.kind == .added
                html +=
                    "<li><a href=\"/code/icd10cm/\(urlComponent(e.code))\"><span class=\"code\">\(esc(e.code))</span> \(esc(e.title))</a>\(e.billable ? "" : " <span class=\"badge\">header</span>")\(new ? " <span class=\"badge new\">new</span>" : "")</li>"
            }
            html += "</ul></section>"
        }
        if let index = library.alphabeticIndexes[tabular.version] ?? library.alphabeticIndexes.values.first {
            let leading = index.entries(leadingTo: entry.code).prefix(20)
            if !leading.isEmpty {
                html += "<section><h2>In the Alphabetic Index</h2><ul>"
                for e in leading { html += "<li>\(esc(e.heading))</li>" }
                html += "</ul></section>"
            }
        }
        return html
    }

    /// The year's changes by chapter: added, new headings, deleted with their replacements, retitled.
    static func releaseChanges(_ year: String, library: CodeSetLibrary) throws -> String {
        guard let changes = library.changes(version: year) else {
            let loaded = library.addenda.keys.sorted().map { "FY\($0)" }.joined(separator: ", ")
            throw APIError(
                .notFound,
                "year: no ICD-10-CM code addenda for \(year) are loaded\(loaded.isEmpty ? "" : " (loaded: \(loaded))")")
        }
        func link(_ code: String) -> String {
            "<a href=\"/code/icd10cm/\(urlComponent(code))\"><span class=\"code\">\(esc(code))</span></a>"
        }
        var html = "<h1>ICD-10-CM FY\(esc(changes.version)) changes</h1>"
        html +=
            "<p>In effect for discharges from \(esc(changes.effective)): <strong>\(changes.added)</strong> codes added, "
            + "<strong>\(changes.deleted)</strong> deleted, <strong>\(changes.revised)</strong> retitled, against FY\(esc(changes.previous)) "
            + "(the official code addenda).</p>"
        for c in changes.chapters {
            html +=
                "<section><h2>Chapter \(esc(c.number)) <small>\(esc(c.title))</small></h2><table class=\"list\"><tbody>"
            for a in c.added {
                html +=
                    "<tr><td>\(link(a.code))</td><td>\(esc(a.title))</td><td><span class=\"badge new\">added</span></td></tr>"
            }
            for a in c.newHeadings {
                html +=
                    "<tr><td>\(link(a.code))</td><td>\(esc(a.title))</td><td><span class=\"badge new\">new heading</span></td></tr>"
            }
            for d in c.deleted {
                let instead =
                    d.replacements.isEmpty
                    ? "no code named in its place" : "report " + d.replacements.map(link).joined(separator: ", ")
                html +=
                    "<tr><td><span class=\"code\">\(esc(d.code))</span></td><td>\(esc(d.title))</td><td><span class=\"badge\">deleted</span> \(instead)</td></tr>"
            }
            for r in c.revised {
                html +=
                    "<tr><td>\(link(r.code))</td><td>\(esc(r.title))<br><small>was: \(esc(r.previousTitle ?? ""))</small></td><td><span class=\"badge\">retitled</span></td></tr>"
            }
            html += "</tbody></table></section>"
        }
        return html
    }

    /// Codes in a note's text (`J69.0`, `E11.-`, `I10`) made links to their entries.
    static func linkCodes(_ text: String) -> String {
        let escaped = esc(text)
        guard
            let regex = try? NSRegularExpression(
                pattern:
                    "\\b((?:[A-TV-Z][0-9][0-9A-Z]|[A-TV-Z][A-Z][0-9])(?:\\.[0-9A-Z]{1,4})?)(?![0-9A-Za-z])(\\.-|-)?")
        else {
            return escaped
        }
        let ns = escaped as NSString
        var out = ""
        var last = 0
        for m in regex.matches(in: escaped, range: NSRange(location: 0, length: ns.length)) {
            let r = m.range(at: 1)
            out += ns.substring(with: NSRange(location: last, length: r.location - last))
            let code = ns.substring(with: r)
            out += "<a href=\"/code/icd10cm/\(code)\">\(code)</a>"
            last = r.location + r.length
        }
        return out + ns.substring(from: last)
    }

    static func pcsCode(_ code: String, engines: ServerEngines) throws -> String {
        let normalized = CodeFormat.normalize(code)
        let library = engines.lookup.library
        guard let version = library.versions.last, let set = library.pcsCodes(for: version),
            let title = set.title(normalized)
        else {
            throw APIError(.notFound, "\(code): not an ICD-10-PCS code of the loaded code set")
        }
        var html =
            "<h1><span class=\"code\">\(esc(normalized))</span> \(esc(title))</h1><p>ICD-10-PCS \(esc(set.version))</p>"
        if let tables = library.pcsTables.values.max(by: { $0.version < $1.version }),
            let axes = tables.axes(of: normalized)
        {
            html +=
                "<table class=\"list\"><thead>" + row(["Position", "Axis", "Value", "Meaning"], header: true)
                + "</thead><tbody>"
            for a in axes { html += row([String(a.position), esc(a.title), esc(String(a.value)), esc(a.label)]) }
            html += "</tbody></table><p><a href=\"/pcs?code=\(normalized.prefix(3))\">Open its table</a></p>"
        }
        return html
    }

    static func hcpcsCode(_ code: String, engines: ServerEngines) throws -> String {
        let library = engines.lookup.library
        guard let set = library.hcpcsSets.max(by: { $0.key < $1.key })?.value, let c = set.code(code.uppercased())
        else {
            throw APIError(.notFound, "\(code): not a HCPCS code of the loaded code set")
        }
        return
            "<h1><span class=\"code\">\(esc(c.code))</span> \(esc(c.shortDescription))</h1><p>\(esc(c.longDescription))</p>"
    }

    /// Whether an Alphabetic Index or one of its tables is imported.
    static func hasIndex(_ library: CodeSetLibrary) -> Bool {
        !library.alphabeticIndexes.isEmpty || !library.externalCauseIndexes.isEmpty || !library.neoplasmTables.isEmpty
            || !library.drugTables.isEmpty
    }

    /// The Alphabetic Index of Diseases and Injuries, the External Cause Index, the Neoplasm Table and the Table of
    /// Drugs and Chemicals, as imported (the newest release of each): the entries and rows under a main term.
    static func alphabeticIndex(_ term: String, library: CodeSetLibrary) -> String {
        var html = """
            <h1>Alphabetic Index</h1><form method="get" action="/index" role="search" class="lookup">
            <label for="term">Main term</label> <input id="term" name="term" value="\(esc(term))" autofocus> <button type="submit">Find</button></form>
            """
        guard hasIndex(library) else {
            return html
                + "<p>The Alphabetic Index is not imported: an administrator runs <code>coder codesets import</code> with the CMS release files.</p>"
        }
        guard !term.trimmingCharacters(in: .whitespaces).isEmpty else { return html }
        // a code written with a dash (`C34.9-`) needs more characters: it opens the entry above them
        func link(_ code: String) -> String {
            let target = code.hasSuffix("-") ? String(code.dropLast()).trimmingCharacters(in: ["."]) : code
            return "<a class=\"code\" href=\"/code/icd10cm/\(urlComponent(target))\">\(esc(code))</a>"
        }
        var found = false
        let indexes = [library.alphabeticIndexes, library.externalCauseIndexes].compactMap {
            $0.max(by: { $0.key < $1.key })?.value
        }
        for index in indexes {
            let entries = index.entries(matchingMainTerm: term).prefix(400)
            guard !entries.isEmpty else { continue }
            found = true
            html += "<section><h2>\(esc(index.kind.name))</h2><ul class=\"index\">"
            for e in entries {
                html += "<li class=\"level\(min(e.level, 6))\">\(esc(e.title))"
                // the nonessential modifiers of this level only (the levels above show their own)
                if let m = e.modifiers.last, !m.isEmpty {
                    html += " <span class=\"mod\">\(esc(m.hasPrefix("(") ? m : "(\(m))"))</span>"
                }
                if let code = e.code { html += " " + link(code) }
                if let m = e.manifestation { html += " [\(link(m))]" }
                if let see = e.see { html += " <em>see</em> \(esc(see))" }
                if let seeAlso = e.seeAlso { html += " <em>see also</em> \(esc(seeAlso))" }
                html += "</li>"
            }
            html += "</ul></section>"
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
            found = true
            html += "<section><h2>\(esc(table.kind.name))</h2><table class=\"list\"><thead>"
            html += row([esc(table.termHeading)] + table.columns.map(esc), header: true) + "</thead><tbody>"
            for r in rows {
                html += "<tr><td class=\"level\(min(r.level, 6))\">\(esc(r.heading))</td>"
                html += r.cells.map { "<td>\($0.map(link) ?? "–")</td>" }.joined() + "</tr>"
            }
            html += "</tbody></table></section>"
        }
        if !found { html += "<p class=\"empty\">No main term “\(esc(term))”.</p>" }
        return html
    }

    /// The PCS table builder: the code chosen so far, and for the next position only the values that lead to at least
    /// one valid code given the ones chosen.
    static func builder(_ code: String, engines: ServerEngines) -> String {
        let library = engines.lookup.library
        let tables = library.pcsTables.values.max(by: { $0.version < $1.version })
        var html = "<h1>ICD-10-PCS table builder</h1>"
        let chosen = String(code.prefix(7))
        // the chosen characters, each a step back
        html += "<nav class=\"crumbs\" aria-label=\"Chosen\"><ol><li><a href=\"/pcs\">Start</a></li>"
        for n in stride(from: 1, through: chosen.count, by: 1) {
            let prefix = String(chosen.prefix(n))
            let value = tables?.validValues(prefix: String(prefix.dropLast())).first {
                String($0.value) == String(prefix.last!)
            }
            let label = value.map { "\($0.title): \($0.value) \($0.label)" } ?? String(prefix.last!)
            html += "<li><a href=\"/pcs?code=\(prefix)\">\(esc(label))</a></li>"
        }
        html += "</ol></nav>"
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
                html +=
                    "<p class=\"built\"><span class=\"code\" id=\"built-code\">\(esc(chosen))</span> \(esc(title)) · <a href=\"/code/icd10pcs/\(chosen)\">details</a></p>"
            } else {
                html += "<p class=\"message\" role=\"alert\">\(esc(chosen)) is not a valid ICD-10-PCS code.</p>"
            }
        } else if values.isEmpty {
            html +=
                "<p class=\"message\" role=\"alert\">No valid code starts with “\(esc(chosen))”. <a href=\"/pcs\">Start again</a>.</p>"
        } else {
            html +=
                "<h2>\(esc(values[0].2)) <span class=\"from\">position \(chosen.count + 1)</span></h2><ul class=\"axis\" id=\"axis\">"
            for (ch, label, _) in values {
                html +=
                    "<li><a href=\"/pcs?code=\(chosen)\(urlComponent(ch))\"><span class=\"code\">\(esc(ch))</span> \(esc(label))</a></li>"
            }
            html += "</ul>"
        }
        if tables == nil {
            html +=
                "<p class=\"hint\">The PCS tables are not imported, so the axes have no labels: an administrator runs <code>coder codesets import</code> with the CMS release files.</p>"
        }
        return html
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
