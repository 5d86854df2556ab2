import Terminology

/// Collects codes and their texts, then freezes them into a ``SearchIndex``.
public struct SearchIndexBuilder {
    var itemCodes: [String] = []
    var itemTitles: [String] = []
    var itemSystems: [UInt8] = []
    var itemFlags: [UInt8] = []
    var itemParents: [Int32] = []
    var docItem: [UInt32] = []
    var docSource: [UInt8] = []
    var docTexts: [String] = []
    var docTokens: [[String]] = []
    /// Per token: 0 counts as unmatched detail, 1 is neutral, 2 is a context word that counts double, 3 is denied by a
    /// "without" (never a match, never an extra).
    var docNeutral: [[UInt8]] = []
    var synonymsTSV: String

    /// - Parameter synonymsTSV: the curated abbreviations and synonyms, `term<TAB>expansion|expansion` a line.
    public init(synonymsTSV: String = CuratedSynonyms.tsv) {
        self.synonymsTSV = synonymsTSV
    }

    /// Words that never count against a text as unmatched detail.
    static let neutralWords: Set<String> = [
        "unspecified", "nos", "approach", "mellitus", "classified", "elsewhere", "uncomplicated", "complication",
        "complications",
    ]

    /// The wording of the ICD-10-PCS approach "Via Natural or Artificial Opening (Endoscopic)".
    static let pcsApproachWords: Set<String> = ["via", "natural", "artificial", "opening"]

    /// Words of context that, unmatched, count double: a code for a pregnancy or a newborn is rarely meant unless said.
    static let contextWords: Set<String> = [
        "pregnancy", "newborn", "neonatal", "perinatal", "fetus", "fetal", "maternal", "childbirth", "puerperium",
        "trimester", "postpartum", "gestational", "obstetric", "postprocedural", "intraoperative", "complicating",
    ]

    /// Adds a flag to an item already added.
    public mutating func mark(item: Int32, _ flag: SearchItemFlags) {
        itemFlags[Int(item)] |= flag.rawValue
    }

    /// Adds a code; returns its item number.
    @discardableResult
    public mutating func addItem(
        code: String, system: CodeSystem, title: String, flags: SearchItemFlags, parent: Int32 = -1
    )
        -> Int32
    {
        var flags = flags
        let lower = title.lowercased()
        if lower.contains("unspecified") || lower.hasSuffix(" nos") || lower.contains(" nos ")
            || lower.contains(" nos,")
        {
            flags.insert(.unspecified)
        }
        if lower.hasPrefix("other ") { flags.insert(.other) }
        if lower.contains("without complication") || lower.hasSuffix("uncomplicated") { flags.insert(.uncomplicated) }
        itemCodes.append(code)
        itemTitles.append(title)
        itemSystems.append(Self.systemNumber(system))
        itemFlags.append(flags.rawValue)
        itemParents.append(parent)
        return Int32(itemCodes.count - 1)
    }

    /// Adds a text under which an item can be found.
    /// - Parameter display: what a result shows as the text that matched, where not the text itself (an index path
    ///   written `Index: Failure, failed › heart › systolic`).
    public mutating func addText(item: Int32, source: TextSource, text: String, display: String? = nil) {
        let words = TextNormalizer.words(text)
        let supplementary = Self.parenthesizedWordFlags(text)
        let isPCS = itemSystems[Int(item)] == Self.systemNumber(.icd10pcs)
        var tokens: [String] = []
        var neutral: [Bool] = []
        var contextual: [Bool] = []
        var afterUnspecified = 0
        var notSpecified = 0
        var negated: [Bool] = []
        var afterWithout = 0
        for (index, word) in words.enumerated() {
            if word == "not", index + 1 < words.count, words[index + 1] != "specified" {
                // "not intractable", "not in remission": the default state, no detail
                notSpecified = 2
            }
            if word == "not", index + 1 < words.count, words[index + 1] == "specified" {
                // "site not specified", "not specified as recurrent": no detail
                notSpecified = 3
                if let last = neutral.indices.last, words[index - 1 < 0 ? 0 : index - 1] == "site" {
                    neutral[last] = true
                }
            }
            if TextNormalizer.stopwords.contains(word) { continue }
            let token = TextNormalizer.stem(word)
            tokens.append(token)
            var isNeutral = Self.neutralWords.contains(word) || afterUnspecified > 0
            if (word == "unspecified" && !tokens.dropLast().isEmpty) || word == "without" {
                // "Pneumonia, unspecified organism": the words after a trailing "unspecified" add no detail;
                // a leading "Unspecified systolic …" keeps its words.
                afterUnspecified = 1
                isNeutral = true
            } else if afterUnspecified > 0 {
                afterUnspecified -= 1
            }
            if word == "with" || word == "unspecified" { isNeutral = true }
            // "Via Natural or Artificial Opening Endoscopic" is one approach: its wording counts once, as "endoscopic"
            if isPCS && Self.pcsApproachWords.contains(word) { isNeutral = true }
            // words in parentheses are nonessential modifiers: "Essential (primary) hypertension"
            if index < supplementary.count, supplementary[index] { isNeutral = true }
            if notSpecified > 0 {
                isNeutral = true
                notSpecified -= 1
            }
            // "Severe sepsis without septic shock": the words a "without" denies must not match a query that asks
            // for them
            if word == "with" { afterWithout = 0 }
            negated.append(afterWithout > 0)
            if afterWithout > 0 { afterWithout -= 1 }
            if word == "without" { afterWithout = 3 }
            neutral.append(isNeutral)
            contextual.append(!isNeutral && Self.contextWords.contains(word))
        }
        guard !tokens.isEmpty else { return }
        docItem.append(UInt32(item))
        docSource.append(source.rawValue)
        docTexts.append(source == .title ? "" : (display ?? text))
        docTokens.append(tokens)
        docNeutral.append(neutral.indices.map { i in negated[i] ? 3 : (neutral[i] ? 1 : (contextual[i] ? 2 : 0)) })
    }

    /// For each word of the text (as ``TextNormalizer/words(_:keepJoiners:)`` splits it), whether it stands in
    /// parentheses or brackets.
    static func parenthesizedWordFlags(_ text: String) -> [Bool] {
        var flags: [Bool] = []
        var depth = 0
        var inWord = false
        for b in TextNormalizer.fold(text).utf8 {
            if b == UInt8(ascii: "(") || b == UInt8(ascii: "[") {
                depth += 1
                inWord = false
            } else if b == UInt8(ascii: ")") || b == UInt8(ascii: "]") {
                depth = max(0, depth - 1)
                inWord = false
            } else if TextNormalizer.isAlnum(b) {
                if !inWord { flags.append(depth > 0) }
                inWord = true
            } else {
                inWord = false
            }
        }
        return flags
    }

    static func systemNumber(_ system: CodeSystem) -> UInt8 {
        UInt8(CodeSystem.allCases.firstIndex(of: system)!)
    }

    /// Freezes the collected items and texts.
    /// - Complexity: O(n log n) in the number of tokens.
    public func build() -> SearchIndex {
        // vocabulary
        var df: [String: Int] = [:]
        for tokens in docTokens {
            for token in Set(tokens) { df[token, default: 0] += 1 }
        }
        let vocab = df.keys.sorted()
        var termID = [String: UInt32](minimumCapacity: vocab.count)
        for (i, t) in vocab.enumerated() { termID[t] = UInt32(i) }
        // document terms
        var docTermOffsets: [UInt32] = [0]
        var docTerms: [UInt32] = []
        var docTermNeutral: [UInt8] = []
        for (d, tokens) in docTokens.enumerated() {
            for (j, token) in tokens.enumerated() {
                docTerms.append(termID[token]!)
                docTermNeutral.append(docNeutral[d][j])
            }
            docTermOffsets.append(UInt32(docTerms.count))
        }
        // postings, doc ids ascending in each list
        var counts = [UInt32](repeating: 0, count: vocab.count)
        for tokens in docTokens {
            for token in Set(tokens) { counts[Int(termID[token]!)] += 1 }
        }
        var postingOffsets = [UInt32](repeating: 0, count: vocab.count + 1)
        for i in 0..<vocab.count { postingOffsets[i + 1] = postingOffsets[i] + counts[i] }
        var fill = Array(postingOffsets.dropLast())
        var postings = [UInt32](repeating: 0, count: Int(postingOffsets[vocab.count]))
        for (d, tokens) in docTokens.enumerated() {
            for token in Set(tokens) {
                let t = Int(termID[token]!)
                postings[Int(fill[t])] = UInt32(d)
                fill[t] += 1
            }
        }
        for t in 0..<vocab.count {
            postings[Int(postingOffsets[t])..<Int(postingOffsets[t + 1])].sort()
        }
        // deletion neighbourhood for typo tolerance
        var deletes: [(UInt32, UInt32)] = []
        for (i, term) in vocab.enumerated() where term.utf8.count >= 4 && term.utf8.allSatisfy({ $0 >= 97 }) {
            for h in SearchIndex.deletionHashes(Array(term.utf8)) { deletes.append((h, UInt32(i))) }
        }
        deletes.sort { $0.0 != $1.0 ? $0.0 < $1.0 : $0.1 < $1.1 }
        // code order
        let normalized = itemCodes.map { CodeFormat.normalize($0) }
        let order = (0..<itemCodes.count).filter { !ItemFlagsView(itemFlags[$0]).contains(.grouping) }
            .sorted { normalized[$0] != normalized[$1] ? normalized[$0] < normalized[$1] : $0 < $1 }
        // synonyms
        var synonymKeys: [String] = []
        var synonymValues: [String] = []
        for line in synonymsTSV.split(separator: "\n") {
            let parts = line.split(separator: "\t", maxSplits: 1)
            guard parts.count == 2 else { continue }
            let key = TextNormalizer.words(String(parts[0]), keepJoiners: true).joined(separator: " ")
            guard !key.isEmpty else { continue }
            synonymKeys.append(key)
            synonymValues.append(String(parts[1]).trimmingWhitespace())
        }
        // the words of each 7th character's meaning, for choosing the 7th character a query names
        var seventhOffsets: [UInt32] = [0]
        var seventhTerms: [UInt32] = []
        for item in itemCodes.indices {
            let parent = Int(itemParents[item])
            if SearchItemFlags(rawValue: itemFlags[item]).contains(.extended), parent >= 0 {
                let suffix = itemTitles[item].dropFirst(itemTitles[parent].count)
                for token in TextNormalizer.tokens(String(suffix)) {
                    if let t = termID[token] { seventhTerms.append(t) }
                }
            }
            seventhOffsets.append(UInt32(seventhTerms.count))
        }
        return SearchIndex(
            itemCodes: StringTable(itemCodes), itemTitles: StringTable(itemTitles), itemSystems: itemSystems,
            itemFlags: itemFlags,
            itemParents: itemParents, codeOrder: order.map { UInt32($0) },
            codeKeys: StringTable(order.map { normalized[$0] }),
            vocab: StringTable(vocab), postingOffsets: postingOffsets, postings: postings, docItem: docItem,
            docSource: docSource,
            docTexts: StringTable(docTexts), docTermOffsets: docTermOffsets, docTerms: docTerms,
            docTermNeutral: docTermNeutral,
            deleteHashes: deletes.map(\.0), deleteTerms: deletes.map(\.1), synonymKeys: synonymKeys,
            synonymValues: synonymValues, seventhOffsets: seventhOffsets, seventhTerms: seventhTerms)
    }
}

struct ItemFlagsView {
    let flags: SearchItemFlags
    init(_ raw: UInt8) { flags = SearchItemFlags(rawValue: raw) }
    func contains(_ f: SearchItemFlags) -> Bool { flags.contains(f) }
}

extension String {
    func trimmingWhitespace() -> String {
        var s = Substring(self)
        while let f = s.first, f == " " || f == "\t" || f == "\r" { s.removeFirst() }
        while let l = s.last, l == " " || l == "\t" || l == "\r" { s.removeLast() }
        return String(s)
    }
}
