import CodeSearch
import Foundation
import Terminology

/// The phrases that name each ICD-10-CM code: its Tabular List title and inclusion terms, each also without its
/// nonessential modifiers (the words in parentheses), `unspecified` and `NOS`.
enum DiagnosisLexicon {
    static func add(_ tabular: TabularList, to trie: inout PhraseTrie, vocabulary: inout Vocabulary) {
        for entry in tabular.entries where entry.billable && entry.kind != .extended {
            let code = entry.code
            // external causes and factors are not named by a bare word (`activity`, `donor`): their titles only
            let wordsOnly = !"VWXYZ".contains(code.first ?? "A")
            for variant in variants(entry.title) where variant.exact || wordsOnly {
                let ids = vocabulary.intern(phrase: variant.text)
                trie.insert(
                    ids,
                    PhraseEntry(
                        code: code, system: .icd10cm, source: variant.exact ? .title : .titleVariant, precision: 1,
                        support: 0))
            }
            for note in entry.notes where note.kind == .inclusionTerm && wordsOnly {
                for variant in variants(note.text) {
                    let ids = vocabulary.intern(phrase: variant.text)
                    // a bare word left when `NOS` is dropped (`Fit NOS`) is too common a word on its own
                    if ids.count < 2 && !variant.exact { continue }
                    // an acronym (`PIN`, prostatic intraepithelial neoplasia) is a word of another meaning in
                    // lower case (`fixed with pins`): the abbreviations read it, by its case
                    if ids.count == 1, variant.text.count <= 6,
                        variant.text.allSatisfy({ $0.isUppercase || $0.isNumber })
                    {
                        continue
                    }
                    trie.insert(
                        ids, PhraseEntry(code: code, system: .icd10cm, source: .inclusionTerm, precision: 1, support: 0)
                    )
                }
            }
        }
    }

    /// The titles of categories and subcategories, for the code the classification falls back to under each (see
    /// ``defaultCode(under:in:)``). Titles that name no condition of their own (`Other …`, `… classified elsewhere`,
    /// `… unspecified`) are left out; external causes and factors too.
    static func addCategoryTitles(_ tabular: TabularList, to trie: inout PhraseTrie, vocabulary: inout Vocabulary) {
        for (i, entry) in tabular.entries.enumerated()
        where (entry.kind == .category || entry.kind == .subcategory) && !entry.billable {
            guard !"VWXYZ".contains(entry.code.first ?? "A") else { continue }
            let title = entry.title.lowercased()
            guard !title.hasPrefix("other"), !title.contains("elsewhere"), !title.contains("unspecified"),
                !title.contains(" and other"), !title.contains("specified"), let d = defaultCode(under: i, in: tabular)
            else { continue }
            for variant in variants(entry.title) {
                let ids = vocabulary.intern(phrase: variant.text)
                guard ids.count >= 1 else { continue }
                trie.insert(
                    ids,
                    PhraseEntry(
                        code: tabular.entries[d].code, system: .icd10cm, source: .categoryTitle, precision: 1,
                        support: 0))
            }
        }
    }

    /// The reportable code under a category or subcategory that says nothing more than it: level by level the child
    /// titled `unspecified` (ending in 9, else 0, where several are), and for injuries the initial encounter (7th
    /// character A). `nil` where a level has no such child.
    static func defaultCode(under index: Int, in tabular: TabularList) -> Int? {
        var i = index
        var depth = 0
        while !tabular.entries[i].billable {
            depth += 1
            let children = tabular.entries[i].children.map(Int.init)
            guard !children.isEmpty, depth < 6 else { return nil }
            if children.allSatisfy({ tabular.entries[$0].kind == .extended }) {
                guard let initial = children.first(where: { tabular.entries[$0].code.hasSuffix("A") }) else {
                    return nil
                }
                i = initial
                continue
            }
            // the uncomplicated form is the default where a category has one (`Nicotine dependence, unspecified,
            // uncomplicated`, not `… with unspecified nicotine-induced disorders`)
            if let plain = children.first(where: { tabular.entries[$0].title.lowercased().hasSuffix("uncomplicated") })
            {
                i = plain
                continue
            }
            let unspecified = children.filter { tabular.entries[$0].title.lowercased().contains("unspecified") }
            guard !unspecified.isEmpty else { return nil }
            i =
                unspecified.first { tabular.entries[$0].code.hasSuffix("9") }
                ?? unspecified.first { tabular.entries[$0].code.hasSuffix("0") } ?? unspecified[0]
        }
        return i
    }

    /// The text as written, without its parenthesised words, and each without `unspecified` / `NOS`.
    static func variants(_ text: String) -> [(text: String, exact: Bool)] {
        var out: [(String, Bool)] = [(text, true)]
        let bare = withoutParentheses(text)
        if bare != text { out.append((bare, false)) }
        for v in out.map(\.0) {
            let stripped = withoutUnspecified(v)
            if stripped != v && !stripped.isEmpty { out.append((stripped, false)) }
        }
        return out
    }

    static func withoutParentheses(_ text: String) -> String {
        var out = ""
        var depth = 0
        for ch in text {
            if ch == "(" || ch == "[" {
                depth += 1
            } else if ch == ")" || ch == "]" {
                depth = max(0, depth - 1)
            } else if depth == 0 {
                out.append(ch)
            }
        }
        return out.split(separator: " ").joined(separator: " ")
    }

    /// Drops the words that only say nothing more is known: `unspecified`, `NOS`, `not otherwise specified`.
    static func withoutUnspecified(_ text: String) -> String {
        let words = text.split(separator: " ")
        var kept: [Substring] = []
        var i = 0
        while i < words.count {
            let w = words[i].lowercased().trimmingCharacters(in: .punctuationCharacters)
            if w == "unspecified" || w == "nos" {
                if let last = kept.popLast() { kept.append(last.hasSuffix(",") ? last.dropLast() : last) }
                i += 1
                continue
            }
            if w == "not", i + 2 < words.count, words[i + 1].lowercased() == "otherwise",
                words[i + 2].lowercased().hasPrefix("specified")
            {
                i += 3
                continue
            }
            kept.append(words[i])
            i += 1
        }
        return kept.joined(separator: " ")
    }
}
