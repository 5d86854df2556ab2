import Terminology

extension SearchIndexBuilder {
    /// The item of an ICD-10-CM code as written in the index or a table (`J69.0`, `S72.00-`, `T39.1X1`): the code, or
    /// the nearest code above it when the index writes a partial code.
    func cmItem(_ written: String, _ codes: [String: Int32]) -> Int32? {
        var key = CodeFormat.normalize(written)
        while key.count >= 3 {
            if let item = codes[key] { return item }
            key.removeLast()
        }
        return nil
    }

    /// A path of index levels as one text, each level's nonessential modifiers in parentheses (so they never count
    /// against a match).
    static func pathText(_ path: [String], _ modifiers: [String]) -> String {
        var parts: [String] = []
        for (i, level) in path.enumerated() {
            parts.append(level)
            if i < modifiers.count, !modifiers[i].isEmpty {
                let m = modifiers[i]
                parts.append(m.hasPrefix("(") ? m : "(\(m))")
            }
        }
        return parts.joined(separator: " ")
    }

    /// A path of index levels as a coder reads it: `Failure, failed (acute) › heart › systolic (congestive)`.
    static func pathHeading(_ path: [String], _ modifiers: [String]) -> String {
        var levels: [String] = []
        for (i, level) in path.enumerated() {
            let m = i < modifiers.count ? modifiers[i] : ""
            let shown = m.isEmpty || m.hasPrefix("(") ? m : "(\(m))"
            levels.append(shown.isEmpty ? level : (level.isEmpty ? shown : "\(level) \(shown)"))
        }
        return levels.joined(separator: " › ")
    }

    /// Adds the entries of an Alphabetic Index (main or External Cause) that lead to a code, as texts of that code.
    public mutating func add(index: AlphabeticIndex, codes: [String: Int32]) {
        for entry in index.entries {
            guard let code = entry.code, let item = cmItem(code, codes) else { continue }
            addText(
                item: item, source: .indexEntry, text: Self.pathText(entry.path, entry.modifiers),
                display: "Index: " + Self.pathHeading(entry.path, entry.modifiers) + " → " + code)
        }
    }

    /// Adds the rows of the Neoplasm Table or the Table of Drugs and Chemicals: each cell a text of its code, read as
    /// the row's path followed by the column heading (`Neoplasm lung Malignant Primary` → C34.9-).
    public mutating func add(table: ICDTable, codes: [String: Int32]) {
        let lead = table.kind == .neoplasm ? "Neoplasm" : ""
        for row in table.rows {
            let path = Self.pathText(row.path, row.modifiers)
            for (column, cell) in row.cells.enumerated() {
                guard let cell, column < table.columns.count, let item = cmItem(cell, codes) else { continue }
                let heading = table.columns[column]
                addText(item: item, source: .indexEntry, text: "\(lead) \(path) \(heading)")
            }
        }
    }

    /// Adds HCPCS Level II codes (not modifiers) with their long and short descriptions.
    public mutating func add(hcpcs: HCPCSCodeSet) {
        for code in hcpcs.codes where code.kind == .procedure {
            let item = addItem(code: code.code, system: .hcpcs, title: code.longDescription, flags: [.billable])
            addText(item: item, source: .title, text: code.longDescription)
            if code.shortDescription.lowercased() != code.longDescription.lowercased() {
                addText(item: item, source: .synonym, text: code.shortDescription)
            }
        }
    }
}

extension LookupEngine {
    /// Builds the lookup index of one ICD-10-CM release with every companion code set of the library.
    static func buildIndex(_ library: CodeSetLibrary, version: String, synonymsTSV: String) -> SearchIndex {
        var builder = SearchIndexBuilder(synonymsTSV: synonymsTSV)
        let tabular = library.tabulars[version]!
        let base = builder.add(tabular: tabular)
        var codes: [String: Int32] = [:]
        for (i, entry) in tabular.entries.enumerated() where entry.kind != .chapter && entry.kind != .block {
            codes[entry.normalizedCode] = base + Int32(i)
        }
        // the codes and headings new in this release: in its code addenda's year and not in the list of the year before
        if library.addenda[version] != nil, let year = Int(version), let before = library.tabulars[String(year - 1)] {
            for (code, item) in codes where before.index(of: code) == nil { builder.mark(item: item, .new) }
        }
        if let index = library.companion(library.alphabeticIndexes, for: version) {
            builder.add(index: index, codes: codes)
        }
        if let index = library.companion(library.externalCauseIndexes, for: version) {
            builder.add(index: index, codes: codes)
        }
        if let table = library.companion(library.neoplasmTables, for: version) {
            builder.add(table: table, codes: codes)
        }
        if let table = library.companion(library.drugTables, for: version) { builder.add(table: table, codes: codes) }
        if let hcpcs = library.companion(library.hcpcsSets, for: version) { builder.add(hcpcs: hcpcs) }
        builder.addPCS(library, version: version)
        return builder.build()
    }
}
