import Foundation
import NoteAnalysis
import Terminology

/// The side the text gives a finding, and the code of that side where the classification has one (Official
/// Guidelines I.B.13: when the side is documented, the code for that side; unspecified side only when it is not).
enum DiagnosisSide {
    typealias Side = Laterality

    /// The side word nearest to the mention in its sentence (`right`, `left`, `bilateral`, `both`; for the eye also
    /// `OD`, `OS`, `OI`, `OU`, `RE`, `LE`), within a few words; `nil` when there is none or the nearest are a tie.
    static func side(near range: Range<Int>, sentence: Int, in note: ClinicalNote, eye: Bool) -> (Side, String)? {
        let ts = note.sentences[sentence].tokenRange
        let first = note.tokenIndex(atOrAfter: range.lowerBound)
        var last = first
        while last + 1 < ts.upperBound && note.tokens[last + 1].range.upperBound <= range.upperBound { last += 1 }
        var best: (distance: Int, side: Side, text: String)?
        var tie = false
        for t in ts {
            let token = note.tokens[t]
            guard token.kind == .word else { continue }
            let side: Side?
            switch token.normalized {
            case "right": side = .right
            case "left": side = .left
            case "bilateral", "bilaterally", "both": side = .bilateral
            default:
                let raw = note[token.range]
                // `R posterior cerebral artery`, `L knee`
                if raw == "R" || raw == "L", t + 1 < ts.upperBound, note.tokens[t + 1].kind == .word,
                    note.tokens[t + 1].normalized.count > 2
                {
                    side = raw == "R" ? .right : .left
                    break
                }
                guard eye else { continue }
                switch raw {
                case "OD", "RE": side = .right
                case "OS", "OI", "LE": side = .left
                case "OU", "AO": side = .bilateral
                default: side = nil
                }
            }
            guard let side else { continue }
            let distance = t < first ? first - t : t > last ? t - last : 0
            guard distance <= 6 else { continue }
            if let b = best {
                if distance < b.distance {
                    best = (distance, side, note[token.range])
                    tie = false
                } else if distance == b.distance && side != b.side {
                    tie = true
                }
            } else {
                best = (distance, side, note[token.range])
            }
        }
        guard let best, !tie else { return nil }
        return (best.side, best.text)
    }

    /// Whether the code's title leaves a side unspecified (`Hyphema, unspecified eye`, `… of unspecified calcaneus`).
    static func isUnspecifiedSide(_ code: String, tabular: TabularList) -> Bool {
        guard let entry = base(of: code, tabular: tabular) else { return false }
        return entry.title.lowercased().contains("unspecified")
            && siblings(of: entry, tabular: tabular).contains {
                let t = $0.title.lowercased()
                return t.contains("right") || t.contains("left")
            }
    }

    /// The code for the side: the sibling whose title is this one's with `unspecified` replaced by the side (or, for
    /// both sides, `unspecified <site>` by `bilateral`), with the same 7th character.
    static func code(_ code: String, side: Side, tabular: TabularList) -> String? {
        guard let entry = tabular.entry(code), let base = base(of: code, tabular: tabular) else { return nil }
        let words = Self.words(base.title)
        guard let u = words.firstIndex(of: "unspecified") else { return nil }
        var wanted: [String]
        switch side {
        case .right, .left:
            wanted = words
            // the `unspecified` before the site: the last one (`Unspecified fracture of unspecified calcaneus`)
            let k = words.lastIndex(of: "unspecified") ?? u
            wanted[k] = side.rawValue
        case .bilateral:
            let k = words.lastIndex(of: "unspecified") ?? u
            wanted = words
            wanted.remove(at: k)
            if k < wanted.count { wanted.remove(at: k) }
            wanted.append("bilateral")
        }
        let target = wanted.sorted()
        guard
            let sibling = siblings(of: base, tabular: tabular).first(where: { Self.words($0.title).sorted() == target })
        else { return nil }
        if entry.kind == .extended, let seventh = code.last {
            let extended = sibling.code.count == 7 ? sibling.code + String(seventh) : nil
            let candidates = [extended, CodeFormat.completed(sibling.code, seventh: String(seventh))].compactMap { $0 }
            return candidates.first { tabular.entry($0)?.billable == true }
        }
        return sibling.billable ? sibling.code : nil
    }

    private static func base(of code: String, tabular: TabularList) -> TabularEntry? {
        guard let i = tabular.index(of: code) else { return nil }
        let entry = tabular.entries[i]
        if entry.kind == .extended {
            // the code the 7th character was added to (a placeholder X code's parent is that code too)
            guard entry.parent >= 0 else { return nil }
            return tabular.entries[Int(entry.parent)]
        }
        return entry
    }

    private static func siblings(of entry: TabularEntry, tabular: TabularList) -> [TabularEntry] {
        guard entry.parent >= 0 else { return [] }
        return tabular.entries[Int(entry.parent)].children.map { tabular.entries[Int($0)] }.filter {
            $0.code != entry.code
        }
    }

    private static func words(_ title: String) -> [String] {
        title.lowercased().split(whereSeparator: { !$0.isLetter && !$0.isNumber }).map(String.init)
    }
}
