import Foundation
import Terminology

/// The lookup index over one release's code sets: a sorted code list for code and code-prefix search, an inverted
/// index of stemmed words for text search, a deletion neighbourhood for typos, and the curated synonyms.
///
/// Immutable and `Sendable`; build it with ``SearchIndexBuilder`` or read it from a compiled snapshot.
public struct SearchIndex: Sendable {
    let itemCodes: StringTable
    let itemTitles: StringTable
    let itemSystems: [UInt8]
    let itemFlags: [UInt8]
    let itemParents: [Int32]
    let codeOrder: [UInt32]
    let codeKeys: StringTable
    let vocab: StringTable
    let postingOffsets: [UInt32]
    let postings: [UInt32]
    let docItem: [UInt32]
    let docSource: [UInt8]
    let docTexts: StringTable
    let docTermOffsets: [UInt32]
    let docTerms: [UInt32]
    let docTermNeutral: [UInt8]
    let deleteHashes: [UInt32]
    let deleteTerms: [UInt32]
    let synonymKeys: [String]
    /// For each 7th-character code, the index words of its 7th character's meaning (`initial encounter for closed
    /// fracture`): `seventhTerms[seventhOffsets[i]..<seventhOffsets[i + 1]]`.
    let seventhOffsets: [UInt32]
    let seventhTerms: [UInt32]
    let synonymValues: [String]
    // derived at load
    let termIndex: [String: UInt32]
    let synonyms: [String: [String]]
    let maxSynonymWords: Int
    let synonymFirstWords: Set<String>
    let idf: [Float]
    /// Builds ICD-10-PCS codes from procedure words through the PCS Index and Tables (set by ``LookupEngine``; built
    /// the first time a query may be a procedure).
    var procedures: ProcedureBuilderSlot?
    let seventhWords: Set<UInt32>
    /// The length in bytes of the longest index word with a deletion neighbourhood: a typed word more than two
    /// longer cannot be within two edits of any, so its typo expansion is skipped (bounded work for any input).
    let longestTypoWord: Int

    init(
        itemCodes: StringTable, itemTitles: StringTable, itemSystems: [UInt8], itemFlags: [UInt8], itemParents: [Int32],
        codeOrder: [UInt32], codeKeys: StringTable, vocab: StringTable, postingOffsets: [UInt32], postings: [UInt32],
        docItem: [UInt32], docSource: [UInt8], docTexts: StringTable, docTermOffsets: [UInt32], docTerms: [UInt32],
        docTermNeutral: [UInt8], deleteHashes: [UInt32], deleteTerms: [UInt32], synonymKeys: [String],
        synonymValues: [String], seventhOffsets: [UInt32], seventhTerms: [UInt32]
    ) {
        self.seventhOffsets = seventhOffsets
        self.seventhTerms = seventhTerms
        self.itemCodes = itemCodes
        self.itemTitles = itemTitles
        self.itemSystems = itemSystems
        self.itemFlags = itemFlags
        self.itemParents = itemParents
        self.codeOrder = codeOrder
        self.codeKeys = codeKeys
        self.vocab = vocab
        self.postingOffsets = postingOffsets
        self.postings = postings
        self.docItem = docItem
        self.docSource = docSource
        self.docTexts = docTexts
        self.docTermOffsets = docTermOffsets
        self.docTerms = docTerms
        self.docTermNeutral = docTermNeutral
        self.deleteHashes = deleteHashes
        self.deleteTerms = deleteTerms
        self.synonymKeys = synonymKeys
        self.synonymValues = synonymValues
        var termIndex = [String: UInt32](minimumCapacity: vocab.count)
        var longest = 0
        for i in 0..<vocab.count {
            let word = vocab[i]
            termIndex[word] = UInt32(i)
            longest = max(longest, word.utf8.count)
        }
        self.termIndex = termIndex
        self.longestTypoWord = longest
        var synonyms: [String: [String]] = [:]
        var maxWords = 1
        for (k, v) in zip(synonymKeys, synonymValues) {
            synonyms[k, default: []].append(contentsOf: v.split(separator: "|").map { String($0).trimmingWhitespace() })
            maxWords = max(maxWords, k.split(separator: " ").count)
        }
        self.synonyms = synonyms
        self.synonymFirstWords = Set(synonymKeys.map { String($0.split(separator: " ").first ?? "") })
        self.maxSynonymWords = maxWords
        let n = Float(max(docItem.count, 1))
        self.idf = (0..<vocab.count).map { t in
            let df = Float(postingOffsets[t + 1] - postingOffsets[t])
            return log((n + 1) / (df + 0.5))
        }
        // words that only make sense as 7th characters (encounter, sequela …) are found in extended titles
        var seventh = Set<UInt32>()
        for word in [
            "initial", "subsequent", "sequela", "encounter", "routine", "delayed", "healing", "nonunion", "malunion",
            "closed",
        ] {
            if let t = vocab.find(TextNormalizer.stem(word)) { seventh.insert(UInt32(t)) }
        }
        self.seventhWords = seventh
    }

    /// The number of codes in the index.
    public var itemCount: Int { itemCodes.count }
    /// The number of searchable texts.
    public var textCount: Int { docItem.count }
    /// The number of distinct words.
    public var vocabularyCount: Int { vocab.count }

    static let systems = CodeSystem.allCases
    func system(_ item: Int) -> CodeSystem { Self.systems[Int(itemSystems[item])] }
    func flags(_ item: Int) -> SearchItemFlags { SearchItemFlags(rawValue: itemFlags[item]) }

    func result(_ item: Int, score: Double, matched: String? = nil) -> SearchResult {
        SearchResult(
            code: itemCodes[item], system: system(item), title: itemTitles[item],
            billable: flags(item).contains(.billable), score: (score * 100).rounded() / 100, matched: matched,
            new: flags(item).contains(.new) ? true : nil)
    }

    // MARK: deletion hashes

    static func fnv(_ bytes: some Sequence<UInt8>) -> UInt32 {
        var h: UInt32 = 2_166_136_261
        for b in bytes {
            h ^= UInt32(b)
            h = h &* 16_777_619
        }
        return h
    }

    /// The hashes of the word and of each string obtained by deleting one of its characters.
    static func deletionHashes(_ word: [UInt8]) -> [UInt32] {
        var hashes = [fnv(word)]
        hashes.reserveCapacity(word.count + 1)
        for i in 0..<word.count {
            var h: UInt32 = 2_166_136_261
            for (j, b) in word.enumerated() where j != i {
                h ^= UInt32(b)
                h = h &* 16_777_619
            }
            hashes.append(h)
        }
        return hashes
    }
}
