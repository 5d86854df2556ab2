import Terminology

extension SearchIndex: BinaryCodable {
    public func encode(to w: inout BinaryWriter) {
        w.write(itemCodes)
        w.write(itemTitles)
        w.write(itemSystems)
        w.write(itemFlags)
        w.write(itemParents)
        w.write(codeOrder)
        w.write(codeKeys)
        w.write(vocab)
        w.write(postingOffsets)
        w.write(postings)
        w.write(docItem)
        w.write(docSource)
        w.write(docTexts)
        w.write(docTermOffsets)
        w.write(docTerms)
        w.write(docTermNeutral)
        w.write(deleteHashes)
        w.write(deleteTerms)
        w.write(synonymKeys)
        w.write(synonymValues)
        w.write(seventhOffsets)
        w.write(seventhTerms)
    }

    public init(from r: inout BinaryReader) throws {
        self.init(
            itemCodes: try StringTable(from: &r), itemTitles: try StringTable(from: &r),
            itemSystems: try r.readUInt8Array(),
            itemFlags: try r.readUInt8Array(), itemParents: try r.readInt32Array(), codeOrder: try r.readUInt32Array(),
            codeKeys: try StringTable(from: &r), vocab: try StringTable(from: &r),
            postingOffsets: try r.readUInt32Array(),
            postings: try r.readUInt32Array(), docItem: try r.readUInt32Array(), docSource: try r.readUInt8Array(),
            docTexts: try StringTable(from: &r), docTermOffsets: try r.readUInt32Array(),
            docTerms: try r.readUInt32Array(),
            docTermNeutral: try r.readUInt8Array(), deleteHashes: try r.readUInt32Array(),
            deleteTerms: try r.readUInt32Array(), synonymKeys: try r.readStringArray(),
            synonymValues: try r.readStringArray(), seventhOffsets: try r.readUInt32Array(),
            seventhTerms: try r.readUInt32Array())
    }
}

extension SearchIndexBuilder {
    /// Adds every entry of an ICD-10-CM Tabular List: titles and inclusion terms as texts; 7th-character codes as
    /// codes that are found by code, or chosen below their parent when the query names the encounter.
    public mutating func add(tabular: TabularList) -> Int32 {
        let base = Int32(itemCodes.count)
        for entry in tabular.entries {
            var flags: SearchItemFlags = []
            if entry.billable { flags.insert(.billable) }
            if entry.kind == .chapter || entry.kind == .block { flags.insert(.grouping) }
            if entry.kind == .extended { flags.insert(.extended) }
            if !entry.billable, let first = entry.children.first, tabular.entries[Int(first)].kind == .extended {
                flags.insert(.needsSeventh)
            }
            let code = entry.kind == .chapter ? "Chapter \(entry.code)" : entry.code
            let item = addItem(
                code: code, system: .icd10cm, title: entry.title, flags: flags,
                parent: entry.parent >= 0 ? entry.parent + base : -1)
            guard entry.kind != .extended else { continue }
            // a heading the addenda gave no title is found by its code, not by the words saying so
            if entry.title != TabularDerivation.untitledHeading {
                addText(item: item, source: .title, text: entry.title)
            }
            for note in entry.notes where note.kind == .inclusionTerm || note.kind == .includes {
                addText(item: item, source: .inclusionTerm, text: note.text)
            }
        }
        return base
    }
}
