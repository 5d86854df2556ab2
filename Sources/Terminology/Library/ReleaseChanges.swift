/// What an ICD-10-CM release changed, by chapter, as a coder reads it before coding the year's first discharges:
/// the codes added (and the headings made for them), deleted (with what replaces each), and retitled.
public struct ReleaseChanges: Sendable, Codable, Hashable {
    public struct Chapter: Sendable, Codable, Hashable {
        /// The chapter's number (`9`) and title.
        public var number: String
        public var title: String
        public var added: [CodeChange] = []
        /// Headings new in the release that the addenda, which list only codes, do not name (`K6A`, `M67.A`).
        public var newHeadings: [CodeChange] = []
        public var deleted: [CodeChange] = []
        public var revised: [CodeChange] = []
    }

    /// The fiscal year (`2027`), the one before it, and the day the release takes effect.
    public var version: String
    public var previous: String
    public var effective: String
    public var added: Int
    public var deleted: Int
    public var revised: Int
    public var chapters: [Chapter]
}

extension CodeSetLibrary {
    /// The changes of the ICD-10-CM release of a fiscal year, from its code addenda and the Tabular Lists of the year
    /// and the year before; nil when the year's addenda are not loaded.
    public func changes(version: String) -> ReleaseChanges? {
        guard let addenda = addenda[version], let year = Int(version) else { return nil }
        let now = tabulars[version]
        let before = tabulars[String(year - 1)]
        var chapters: [String: ReleaseChanges.Chapter] = [:]
        var order: [String: Int] = [:]
        func chapter(of code: String, in lists: [TabularList?]) -> String {
            for list in lists {
                guard let list, let i = list.index(of: code), let top = list.path(to: i).first else { continue }
                let e = list.entries[top]
                if chapters[e.code] == nil {
                    chapters[e.code] = ReleaseChanges.Chapter(number: e.code, title: e.title)
                    order[e.code] = top
                }
                return e.code
            }
            if chapters["?"] == nil {
                chapters["?"] = ReleaseChanges.Chapter(
                    number: "?", title: "Not placed in a chapter of the loaded lists")
                order["?"] = Int.max
            }
            return "?"
        }
        for e in addenda.added {
            guard let change = change(ofCode: e.code, version: version) else { continue }
            chapters[chapter(of: e.code, in: [now, before]), default: .init(number: "?", title: "")].added.append(
                change)
        }
        for e in addenda.deleted {
            guard let change = change(ofCode: e.code, version: version) else { continue }
            chapters[chapter(of: e.code, in: [before, now]), default: .init(number: "?", title: "")].deleted.append(
                change)
        }
        for r in addenda.revised {
            guard let change = change(ofCode: r.code, version: version) else { continue }
            chapters[chapter(of: r.code, in: [now, before]), default: .init(number: "?", title: "")].revised.append(
                change)
        }
        if let now, let before {
            let listed = Set(addenda.added.map(\.code))
            for e in now.entries
            where (e.kind == .category || e.kind == .subcategory) && !e.billable && !listed.contains(e.normalizedCode)
                && before.index(of: e.normalizedCode) == nil
            {
                let change = CodeChange(version: version, kind: .added, code: e.code, title: e.title)
                chapters[chapter(of: e.normalizedCode, in: [now]), default: .init(number: "?", title: "")].newHeadings
                    .append(change)
            }
        }
        let sorted = chapters.values.sorted { (order[$0.number] ?? 0) < (order[$1.number] ?? 0) }.map { c in
            var c = c
            c.added.sort { $0.code < $1.code }
            c.newHeadings.sort { $0.code < $1.code }
            c.deleted.sort { $0.code < $1.code }
            c.revised.sort { $0.code < $1.code }
            return c
        }
        return ReleaseChanges(
            version: version, previous: String(year - 1), effective: "\(year - 1)-10-01", added: addenda.added.count,
            deleted: addenda.deleted.count, revised: addenda.revised.count, chapters: sorted)
    }
}
