import Foundation
import Terminology

/// Laterality: a code that leaves the side unspecified where the classification has one for each side.
extension CodeSetEdits {
    /// A code whose title leaves the side unspecified where the classification has codes for each side.
    func unspecifiedSideFinding(position: Int, index: Int, tabular: TabularList) -> Finding? {
        guard let sides = Self.sidedSiblings(of: index, in: tabular) else { return nil }
        let entry = tabular.entries[index]
        let shown = entry.code
        return finding(
            RuleCatalog.unspecifiedSide,
            "\(shown) (\(entry.title)) leaves the side unspecified; the classification has \(sides.map { "\($0.code) (\($0.title))" }.joined(separator: ", ")).",
            codes: [shown], fields: ["diagnoses[\(position)]"],
            fix: "Code the side the documentation gives; query the physician when it does not say.")
    }

    /// For a code whose title leaves the side unspecified, the siblings that name a side.
    static func sidedSiblings(of index: Int, in tabular: TabularList) -> [TabularEntry]? {
        var entry = tabular.entries[index]
        var base = index
        if entry.kind == .extended, entry.parent >= 0 {
            base = Int(entry.parent)
            entry = tabular.entries[base]
        }
        let title = entry.title.lowercased()
        guard title.contains("unspecified"), entry.parent >= 0 else { return nil }
        let words = Set(title.split(whereSeparator: { !$0.isLetter }).map(String.init))
        guard words.contains("unspecified") else { return nil }
        let siblings = tabular.entries[Int(entry.parent)].children.map { tabular.entries[Int($0)] }.filter {
            $0.code != entry.code
        }
        let sided = siblings.filter { s in
            let w = Set(s.title.lowercased().split(whereSeparator: { !$0.isLetter }).map(String.init))
            guard w.contains("right") || w.contains("left") || w.contains("bilateral") else { return false }
            // the same title with the side in place of `unspecified …`
            return w.subtracting(["right", "left", "bilateral"]).isSubset(of: words)
        }
        return sided.count >= 2 ? sided : nil
    }
}
