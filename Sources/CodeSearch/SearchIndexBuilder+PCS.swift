import Terminology

extension SearchIndexBuilder {
    /// Adds the ICD-10-PCS codes for a release, with their titles, and the PCS Index entries that lead to them.
    mutating func addPCS(_ library: CodeSetLibrary, version: String) {
        guard let pcs = library.pcsCodes(for: version) else { return }
        var items: [String: Int32] = [:]
        items.reserveCapacity(pcs.codes.count)
        for code in pcs.codes {
            let title = pcs.title(code) ?? code
            let item = addItem(code: code, system: .icd10pcs, title: title, flags: [.billable])
            addText(item: item, source: .title, text: title)
            items[code] = item
        }
        // The PCS Index leads from a term to a code prefix (Appendectomy → Resection, Appendix 0DTJ): the term
        // becomes a text of every code under a prefix of four or more characters that holds few codes.
        guard let index = library.companion(library.pcsIndexes, for: pcs.version) else { return }
        let sorted = pcs.codes.sorted()
        let table = StringTable(sorted)
        for entry in index.entries {
            for prefix in entry.codes where prefix.count >= 4 {
                let matches = table.prefixRange(prefix.uppercased())
                guard !matches.isEmpty, matches.count <= 64 else { continue }
                let text = entry.path.joined(separator: " ")
                for code in sorted[matches] {
                    if let item = items[code] { addText(item: item, source: .indexEntry, text: text) }
                }
            }
        }
    }
}
