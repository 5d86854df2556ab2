import Terminology

/// Where a phrase of the lexicon comes from; the order is the order of trust when two sources disagree.
public enum PhraseSource: UInt8, Sendable, Hashable, Codable, Comparable {
    /// Written for this project: a clinical term and the code the Alphabetic Index gives it by default.
    case curated
    /// A Tabular List title, as written.
    case title
    /// A title without its nonessential modifiers, `unspecified` or `NOS`.
    case titleVariant
    /// An inclusion term.
    case inclusionTerm
    /// The title of a category or subcategory, for the code the classification falls back to under it: its
    /// unspecified code, level by level (`Fracture of calcaneus` → S92.009A).
    case categoryTitle
    /// A path of the Alphabetic Index walked with the sentence's words (see ``IndexWalker``).
    case index
    /// An Alphabetic Index main term with no subterm documented: its default code.
    case indexDefault
    /// An Alphabetic Index main term that no Tabular List title names (`Craniopharyngioma`), its default code.
    case indexName
    /// Learned from coded notes (see ``PhraseModel``).
    case learned

    public static func < (a: PhraseSource, b: PhraseSource) -> Bool { a.rawValue < b.rawValue }

    public var name: String {
        switch self {
        case .curated: "clinical lexicon"
        case .title: "tabular title"
        case .titleVariant: "tabular title without its nonessential words"
        case .inclusionTerm: "inclusion term"
        case .categoryTitle: "category title, its unspecified code"
        case .index: "Alphabetic Index path"
        case .indexDefault: "Alphabetic Index main term, its default code"
        case .indexName: "Alphabetic Index main term named nowhere else, its default code"
        case .learned: "learned from coded notes"
        }
    }
}

/// What a phrase stands for.
struct PhraseEntry: Sendable, Hashable {
    /// Dotted for ICD-10-CM.
    var code: String
    var system: CodeSystem
    var source: PhraseSource
    /// For learned phrases, how often the phrase was coded this way where it occurred (0…1); 1 otherwise.
    var precision: Double
    /// For learned phrases, how many coded notes support it.
    var support: Int
}

/// A trie over term ids: every phrase of the lexicon, and what it stands for.
struct PhraseTrie: Sendable {
    private var children: [[Int32: Int32]] = [[:]]
    private var payload: [Int32] = [-1]
    private(set) var entries: [[PhraseEntry]] = []
    private(set) var phraseLengths: [Int] = []
    /// Each phrase's term ids, by slot.
    private(set) var phraseIDs: [[Int32]] = []

    /// Adds a phrase; an entry already present for the same code keeps the more trusted source.
    mutating func insert(_ ids: [Int32], _ entry: PhraseEntry) {
        guard !ids.isEmpty else { return }
        var node: Int32 = 0
        for id in ids {
            if let next = children[Int(node)][id] {
                node = next
            } else {
                let next = Int32(children.count)
                children.append([:])
                payload.append(-1)
                children[Int(node)][id] = next
                node = next
            }
        }
        if payload[Int(node)] < 0 {
            payload[Int(node)] = Int32(entries.count)
            entries.append([entry])
            phraseLengths.append(ids.count)
            phraseIDs.append(ids)
            return
        }
        let slot = Int(payload[Int(node)])
        if let k = entries[slot].firstIndex(where: { $0.code == entry.code && $0.system == entry.system }) {
            if entry.source < entries[slot][k].source { entries[slot][k] = entry }
        } else {
            entries[slot].append(entry)
        }
    }

    /// Replaces the entries of an existing phrase.
    mutating func setEntries(_ slot: Int, _ value: [PhraseEntry]) { entries[slot] = value }

    /// Every phrase that starts at `start` of the terms: (end index exclusive, entries slot).
    @inline(__always)
    func matches(_ terms: [Term], from start: Int, into out: inout [(end: Int, slot: Int)]) {
        var node: Int32 = 0
        var i = start
        while i < terms.count {
            let id = terms[i].id
            guard id >= 0, let next = children[Int(node)][id] else { return }
            node = next
            i += 1
            let p = payload[Int(node)]
            if p >= 0 { out.append((i, Int(p))) }
        }
    }

    var phraseCount: Int { entries.count }
}
