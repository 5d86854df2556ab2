import Foundation

/// Builds a ``CodeSetLibrary`` from the shipped code sets and the imported releases.
public enum CodeSetLoader {
    /// Reads every shipped file listed in the manifest and every imported component.
    /// - Throws: ``ReleaseFileError`` naming the file that cannot be read.
    public static func load(_ locations: CodeSetLocations) throws -> CodeSetLibrary {
        var library = CodeSetLibrary()
        for file in try locations.shippedManifest() {
            let url = locations.shipped.appendingPathComponent(file.path)
            let source = "\(file.sourcePackage) \(file.sourceVersion): \(file.member)"
            if file.member.hasSuffix(".xml") && file.member.contains("tabular") {
                let data = try ReleaseArchive.read(member: file.member, of: url)
                let tabular = try TabularXMLParser.parse(
                    data, fileName: file.member, releaseLabel: "ICD-10-CM FY\(file.version) (\(file.member))")
                library.add(tabular, source: source)
            } else {
                try library.addShipped(file, data: { try ReleaseArchive.read(member: file.member, of: url) })
            }
        }
        for record in try ImportRegistry.records(locations) {
            let url = locations.importedFolder.appendingPathComponent(record.file)
            guard let bytes = FileManager.default.contents(atPath: url.path) else {
                throw ReleaseFileError(file: url.path, message: "imported component missing; import its release again")
            }
            do {
                try BinaryReader.read(Array(bytes)) { reader in
                    try library.addImported(record, reader: &reader)
                }
            } catch let error as SnapshotError {
                throw ReleaseFileError(file: url.path, message: "damaged imported component (\(error.message))")
            }
        }
        library.deriveFromAddenda()
        try addPCSFromCodeEditor(&library, locations)
        library.carryIndexesForward(conversions: try conversions(locations))
        library.checkPCSIndexes()
        return library
    }
}

extension CodeSetLoader {
    /// The CMS ICD-10-CM conversion table (older code → newer codes) from the shipped MS-DRG tables, or none when
    /// they are not shipped.
    static func conversions(_ locations: CodeSetLocations) throws -> IndexCarryForward.Conversions {
        guard let file = try locations.shippedManifest().first(where: { $0.system == "msdrg" }) else { return [:] }
        let url = locations.shipped.appendingPathComponent(file.path)
        guard FileManager.default.fileExists(atPath: url.path) else { return [:] }
        return IndexCarryForward.conversions(
            fromTSV: try ReleaseArchive.read(member: "icd10cm_conversions.tsv", of: url))
    }
}

extension CodeSetLibrary {
    /// Gives every Tabular List an Alphabetic Index of its own year: where none was shipped or imported for it, the
    /// index in effect for it (the newest older one) with every code carried to it (``IndexCarryForward``). An index
    /// of a year without a Tabular List of that year is then dropped, its summary saying where it was carried.
    public mutating func carryIndexesForward(conversions: IndexCarryForward.Conversions) {
        let indexes = alphabeticIndexes
        guard !indexes.isEmpty else { return }
        var updated = indexes
        for version in versions where indexes[version] == nil {
            guard let source = companion(indexes, for: version), let tabular = tabulars[version] else { continue }
            let (carried, report) = IndexCarryForward.carry(source, to: tabular, conversions: conversions)
            updated[version] = carried
            if let i = summaries.lastIndex(where: { $0.kind == .alphabeticIndex && $0.version == source.version }) {
                summaries[i].detail += "; \(report.summary)"
            }
        }
        for year in indexes.keys where tabulars[year] == nil && updated.keys.contains(where: { $0 != year }) {
            updated[year] = nil
        }
        alphabeticIndexes = updated
    }

    /// Reports, in the summary of each ICD-10-PCS Index of another year than the newest tables, how many of its
    /// targets (tables, prefixes, codes) those tables no longer hold.
    public mutating func checkPCSIndexes() {
        if let newest = pcsTables.keys.max(), let tables = pcsTables[newest] {
            for (year, index) in pcsIndexes where year != newest {
                let targets = index.entries.flatMap(\.codes)
                let gone = targets.filter { tables.codeCount(withPrefix: $0) == 0 }.count
                if let i = summaries.lastIndex(where: { $0.kind == .pcsIndex && $0.version == year }) {
                    summaries[i].detail +=
                        "; read beside the FY\(newest) tables: \(targets.count - gone) of \(targets.count) targets valid, \(gone) no longer in the tables"
                }
            }
        }
    }

    /// Adds a Tabular List under its version.
    public mutating func add(_ tabular: TabularList, source: String) {
        tabulars[tabular.version] = tabular
        summaries.removeAll { $0.kind == .tabular && $0.version == tabular.version }
        let codes = tabular.entries.filter { $0.kind != .chapter && $0.kind != .block }.count
        summaries.append(
            ComponentSummary(
                kind: .tabular, version: tabular.version, source: source, count: tabular.billableCount,
                detail: "\(tabular.billableCount) billable codes, \(codes) codes and headers, "
                    + "\(tabular.entries.filter { $0.kind == .chapter }.count) chapters"))
    }

    /// Adds a shipped file other than the Tabular List.
    mutating func addShipped(_ file: ShippedFile, data: () throws -> Data) throws {
        let source = "\(file.sourcePackage) \(file.sourceVersion): \(file.member)"
        if file.system == "icd10pcs" && file.member.hasSuffix(".csv") {
            add(try PCSTitleList.parse(try data(), fileName: file.member), version: file.version, source: source)
        }
        if file.system == "icd10pcs" && file.member.hasSuffix(".tsv") {
            var glossary = pcsGlossaries[file.version] ?? PCSGlossary()
            try glossary.read(try data(), fileName: file.member)
            pcsGlossaries[file.version] = glossary
            summarize(
                .pcsGlossary, file.version, "\(file.sourcePackage) \(file.sourceVersion): definitions/*.tsv",
                glossary.entries.count,
                "\(glossary.entries.count) axis values (body systems, operations, body parts, approaches)")
        }
        if file.system == "icd10pcs-tables" {
            let tables = try PCSCompiledReader.tables(try data(), fileName: file.member, version: file.version)
            pcsTables[file.version] = tables
            summarize(
                .pcsTables, file.version, source, tables.codeCount,
                "\(tables.codeCount) codes in \(tables.tableCount) tables")
        }
        if file.system == "icd10pcs-index" {
            let index = try PCSCompiledReader.index(try data(), fileName: file.member, version: file.version)
            pcsIndexes[file.version] = index
            summarize(
                .pcsIndex, file.version, source, index.entries.count,
                "\(index.entries.count) entries under \(index.mainTermCount) main terms")
        }
        if file.system == "icd10cm-index" {
            let index = try AlphabeticIndexCSVParser.parse(try data(), fileName: file.member, version: file.version)
            alphabeticIndexes[file.version] = index
            summarizeIndex(.alphabeticIndex, index, version: file.version, source: source)
        }
        if file.system == "icd10cm-addenda" {
            let addenda = try CodeAddenda.parseCompiled(try data(), fileName: file.member)
            self.addenda[file.version] = addenda
            summarizeAddenda(addenda, version: file.version, source: source)
        }
        if file.system == "icd10cm-eindex" {
            let index = try AlphabeticIndexCSVParser.parse(
                try data(), fileName: file.member, version: file.version, kind: .externalCauses)
            externalCauseIndexes[file.version] = index
            summarizeIndex(.externalCauseIndex, index, version: file.version, source: source)
        }
        // The code list is read by the tests.
    }

    mutating func summarizeAddenda(_ addenda: CodeAddenda, version: String, source: String) {
        summarize(
            .addenda, version, source, addenda.added.count + addenda.deleted.count + addenda.revised.count,
            "\(addenda.added.count) codes added, \(addenda.deleted.count) deleted, \(addenda.revised.count) retitled")
    }

    /// Derives the Tabular List of each year that has code addenda but no Tabular List of its own from the list of
    /// the year before (``TabularDerivation``). A derivation that fails leaves that year out and says why in the
    /// addenda's summary; an imported official list of the year is used as it is.
    public mutating func deriveFromAddenda() {
        for (version, changes) in addenda.sorted(by: { $0.key < $1.key }) where tabulars[version] == nil {
            guard let year = Int(version), let base = tabulars[String(year - 1)] else { continue }
            let i = summaries.lastIndex { $0.kind == .addenda && $0.version == version }
            do {
                let (derived, report) = try TabularDerivation.derive(
                    base, changes, version: version, source: "ICD-10-CM FY\(version) code addenda")
                add(derived, source: "derived: ICD-10-CM FY\(base.version) + FY\(version) code addenda")
                if let t = summaries.lastIndex(where: { $0.kind == .tabular && $0.version == version }) {
                    summaries[t].detail += "; \(report.summary)"
                }
            } catch {
                if let i { summaries[i].detail += "; FY\(version) not derived: \(error)" }
            }
        }
    }

    mutating func summarizeIndex(_ kind: ComponentKind, _ index: AlphabeticIndex, version: String, source: String) {
        let coded = index.entries.filter { $0.code != nil }.count
        summarize(
            kind, version, source, index.entries.count,
            "\(index.entries.count) entries under \(index.mainTermIndices.count) main terms, \(coded) with a code")
    }

    mutating func summarize(_ kind: ComponentKind, _ version: String, _ source: String, _ count: Int, _ detail: String)
    {
        summaries.removeAll { $0.kind == kind && $0.version == version }
        summaries.append(ComponentSummary(kind: kind, version: version, source: source, count: count, detail: detail))
    }

    /// Adds an imported component read from the data folder.
    mutating func addImported(_ record: ImportRecord, reader: inout BinaryReader) throws {
        let v = record.version
        let source = record.source
        switch record.kind {
        case .tabular:
            add(try TabularList(from: &reader), source: source)
        case .alphabeticIndex, .externalCauseIndex:
            let index = try AlphabeticIndex(from: &reader)
            if record.kind == .alphabeticIndex { alphabeticIndexes[v] = index } else { externalCauseIndexes[v] = index }
            summarizeIndex(record.kind, index, version: v, source: source)
        case .neoplasmTable, .drugTable:
            let table = try ICDTable(from: &reader)
            if record.kind == .neoplasmTable { neoplasmTables[v] = table } else { drugTables[v] = table }
            summarize(
                record.kind, v, source, table.rows.count, "\(table.rows.count) rows, \(table.columns.count) columns")
        case .addenda:
            let addenda = try CodeAddenda(from: &reader)
            self.addenda[v] = addenda
            summarizeAddenda(addenda, version: v, source: source)
        case .orderFile:
            let file = try OrderFile(from: &reader)
            orderFiles[v] = file
            summarize(
                .orderFile, v, source, file.entries.count,
                "\(file.entries.count) codes (\(file.billableCount) billable, \(file.headerCount) headers)")
        case .poaExempt:
            let list = try POAExemptList(from: &reader)
            poaExemptLists[v] = list
            summarize(.poaExempt, v, source, list.count, "\(list.count) codes exempt from POA reporting")
        case .hcpcs:
            let set = try HCPCSCodeSet(from: &reader)
            hcpcsSets[v] = set
            summarize(
                .hcpcs, v, source, set.codes.count,
                "\(set.procedureCount) HCPCS Level II codes, \(set.modifierCount) modifiers")
        default:
            try addImportedPCS(record, reader: &reader)
        }
    }
}
